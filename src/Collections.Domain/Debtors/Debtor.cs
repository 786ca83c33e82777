using Collections.Domain.Errors;
using Collections.Domain.Validation;

namespace Collections.Domain.Debtors;

/// <summary>
/// The customer who owes (DESIGN.md "The domain"). Identified to integrators by <see cref="ExternalId"/>; every field
/// is validated on the way in, so a stored debtor always has a known language, IANA zone and country.
/// </summary>
public sealed class Debtor
{
    private Debtor()
    {
        ExternalId = Name = Language = TimeZone = Country = string.Empty;
    }

    public Debtor(Guid id, DebtorInput input, DateTimeOffset now)
        : this()
    {
        Id = id;
        ExternalId = Check.Text(input.ExternalId, "externalId", 100);
        CreatedAt = now;
        Update(input, now);
    }

    public Guid Id { get; private set; }

    public string ExternalId { get; private set; }

    public string Name { get; private set; }

    public string? TaxId { get; private set; }

    /// <summary><c>es</c> or <c>en</c>.</summary>
    public string Language { get; private set; }

    /// <summary>IANA zone for quiet hours and promise dates.</summary>
    public string TimeZone { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; private set; }

    public string? Segment { get; private set; }

    /// <summary>0 (safe) to 100 (likely to default); feeds the case priority.</summary>
    public int RiskScore { get; private set; }

    /// <summary>The debtor receives a service that can be suspended (process variable <c>hasService</c>).</summary>
    public bool HasService { get; private set; }

    public IReadOnlyList<DebtorContact> Contacts { get; private set; } = [];

    public IReadOnlyList<AlternateContact> AlternateContacts { get; private set; } = [];

    /// <summary>Channels the debtor asked not to be contacted on.</summary>
    public IReadOnlyList<string> OptOuts { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Replaces every field; validates all of them first so a bad request changes nothing.</summary>
    public void Update(DebtorInput input, DateTimeOffset now)
    {
        if (input.ExternalId is not null && !string.Equals(input.ExternalId.Trim(), ExternalId, StringComparison.Ordinal))
        {
            throw new DomainValidationException("debtor.external-id-mismatch", "externalId", $"The body names debtor '{input.ExternalId}' but the request is for '{ExternalId}'.");
        }

        var name = Check.Text(input.Name, "name", 200);
        var taxId = Check.OptionalText(input.TaxId, "taxId", 40);
        var language = Check.Language(input.Language, "language");
        var zone = Check.TimeZone(input.TimeZone, "timeZone");
        var country = Check.Country(input.Country, "country");
        var segment = Check.OptionalText(input.Segment, "segment", 60);
        var risk = Check.Range(input.RiskScore, "riskScore", 0, 100);
        var contacts = (input.Contacts ?? []).Select((c, i) => ToContact(c, i, country)).ToList();
        var alternates = (input.AlternateContacts ?? []).Select((c, i) => ToAlternate(c, i, country)).ToList();
        var optOuts = (input.OptOuts ?? []).Select((c, i) => Channel(c, $"optOuts[{i}]")).Distinct().ToList();

        (Name, TaxId, Language, TimeZone, Country, Segment, RiskScore, HasService) = (name, taxId, language, zone, country, segment, risk, input.HasService);
        (Contacts, AlternateContacts, OptOuts, UpdatedAt) = (KeepInvalidMarks(contacts), KeepInvalidMarks(alternates), optOuts, now);
    }

    /// <summary>
    /// Marks every phone-like contact and alternate contact with the E.164 <paramref name="number"/> invalid (a wrong
    /// number on a call); returns how many were marked. Later upserts of the same number keep the mark.
    /// </summary>
    public int MarkNumberInvalid(string number, string reason, DateTimeOffset now)
    {
        var marked = Contacts.Count(c => IsLiveNumber(c.Channel, c.Value, c.InvalidSince, number))
            + AlternateContacts.Count(c => IsLiveNumber(c.Channel, c.Value, c.InvalidSince, number));
        if (marked == 0) return 0;
        Contacts = [.. Contacts.Select(c => IsLiveNumber(c.Channel, c.Value, c.InvalidSince, number) ? c with { InvalidSince = now, InvalidReason = reason } : c)];
        AlternateContacts = [.. AlternateContacts.Select(c => IsLiveNumber(c.Channel, c.Value, c.InvalidSince, number) ? c with { InvalidSince = now, InvalidReason = reason } : c)];
        UpdatedAt = now;
        return marked;
    }

    private static bool IsLiveNumber(string channel, string value, DateTimeOffset? invalidSince, string number) =>
        invalidSince is null && value == number && ContactChannels.PhoneNumbers.Contains(channel);

    /// <summary>An integrator re-sending a contact that proved wrong does not make it right again.</summary>
    private List<DebtorContact> KeepInvalidMarks(List<DebtorContact> incoming) =>
        [.. incoming.Select(c => Contacts.FirstOrDefault(o => o.Channel == c.Channel && o.Value == c.Value && o.InvalidSince is not null) is { } old
            ? c with { InvalidSince = old.InvalidSince, InvalidReason = old.InvalidReason } : c)];

    private List<AlternateContact> KeepInvalidMarks(List<AlternateContact> incoming) =>
        [.. incoming.Select(c => AlternateContacts.FirstOrDefault(o => o.Channel == c.Channel && o.Value == c.Value && o.InvalidSince is not null) is { } old
            ? c with { InvalidSince = old.InvalidSince, InvalidReason = old.InvalidReason } : c)];

    /// <summary>Adds or replaces the contact with the same channel and value.</summary>
    public DebtorContact UpsertContact(ContactInput input, DateTimeOffset now)
    {
        var contact = KeepInvalidMarks([ToContact(input, null, Country)])[0];
        Contacts = [.. Contacts.Where(c => c.Channel != contact.Channel || c.Value != contact.Value), contact];
        UpdatedAt = now;
        return contact;
    }

    public bool HasOptedOut(string channel) => OptOuts.Contains(channel);

    private static DebtorContact ToContact(ContactInput input, int? index, string country)
    {
        var prefix = index is { } i ? $"contacts[{i}]." : string.Empty;
        var channel = Channel(input.Channel, prefix + "channel");
        var value = ContactValue(channel, input.Value, prefix + "value", country);
        if (input.ValidFrom is { } from) Check.Date(from, prefix + "validFrom");
        if (input.ValidTo is { } to) Check.Date(to, prefix + "validTo");
        if (input.ValidFrom > input.ValidTo)
        {
            throw new DomainValidationException("contact.validity-reversed", prefix + "validTo", "validTo is before validFrom.");
        }

        return new DebtorContact(channel, value, input.ValidFrom, input.ValidTo, input.Preferred);
    }

    private static AlternateContact ToAlternate(AlternateContactInput input, int index, string country)
    {
        var prefix = $"alternateContacts[{index}].";
        var channel = Channel(input.Channel, prefix + "channel");
        return new AlternateContact(
            Check.Text(input.Role, prefix + "role", 60),
            Check.Text(input.Name, prefix + "name", 200),
            channel,
            ContactValue(channel, input.Value, prefix + "value", country));
    }

    private static string Channel(string? value, string field)
    {
        var channel = Check.Text(value, field, 20);
        return ContactChannels.All.Contains(channel)
            ? channel
            : throw new DomainValidationException("contact.channel-unknown", field, $"'{channel}' is not a channel; use one of {string.Join(", ", ContactChannels.All)}.");
    }

    private static string ContactValue(string channel, string? value, string field, string country) => channel switch
    {
        ContactChannels.Email => Check.Email(value, field),
        ContactChannels.Sms or ContactChannels.Phone or ContactChannels.WhatsApp => Check.Phone(value, field, country),
        _ => Check.Text(value, field, 500),
    };
}
