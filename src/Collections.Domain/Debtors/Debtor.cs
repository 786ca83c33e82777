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
        // A contact a provider reported unreachable stays marked when the integrator resends the same master data;
        // registering it again through UpsertContact clears the mark.
        contacts = contacts.Select(c => Contacts.FirstOrDefault(o => o.Channel == c.Channel && o.Value == c.Value && o.IsInvalid) is { } old
            ? c with { InvalidSince = old.InvalidSince, InvalidReason = old.InvalidReason } : c).ToList();
        // An opt-out is the person's choice, not a data error: master data sent again keeps it.
        contacts = contacts.Select(c => Contacts.FirstOrDefault(o => o.Channel == c.Channel && string.Equals(o.Value, c.Value, StringComparison.OrdinalIgnoreCase) && o.IsOptedOut) is { } old
            ? c with { OptedOutSince = old.OptedOutSince, OptOutSource = old.OptOutSource } : c).ToList();
        alternates = alternates.Select(a => AlternateContacts.FirstOrDefault(o => o.Channel == a.Channel && o.Value == a.Value && o.IsInvalid) is { } old
            ? a with { InvalidSince = old.InvalidSince, InvalidReason = old.InvalidReason } : a).ToList();
        (Contacts, AlternateContacts, OptOuts, UpdatedAt) = (contacts, alternates, optOuts, now);
    }

    /// <summary>
    /// Marks every contact and alternate contact on <paramref name="channels"/> with <paramref name="value"/> as
    /// unreachable; returns how many were newly marked.
    /// </summary>
    public int MarkContactInvalid(IReadOnlyCollection<string> channels, string value, string reason, DateTimeOffset now)
    {
        var marked = 0;
        bool Matches(string channel, string contactValue) =>
            channels.Contains(channel) && string.Equals(contactValue, value, StringComparison.OrdinalIgnoreCase);
        Contacts = Contacts.Select(c =>
        {
            if (c.IsInvalid || !Matches(c.Channel, c.Value)) return c;
            marked++;
            return c with { InvalidSince = now, InvalidReason = reason };
        }).ToList();
        AlternateContacts = AlternateContacts.Select(a =>
        {
            if (a.IsInvalid || !Matches(a.Channel, a.Value)) return a;
            marked++;
            return a with { InvalidSince = now, InvalidReason = reason };
        }).ToList();
        if (marked > 0) UpdatedAt = now;
        return marked;
    }

    /// <summary>
    /// Marks every contact on <paramref name="channels"/> with <paramref name="value"/> as opted out (the person asked
    /// for no more messages there: an unsubscribe, a spam report, an SMS STOP); returns how many were newly marked.
    /// </summary>
    public int MarkContactOptedOut(IReadOnlyCollection<string> channels, string value, string source, DateTimeOffset now)
    {
        var marked = 0;
        Contacts = Contacts.Select(c =>
        {
            if (c.IsOptedOut || !channels.Contains(c.Channel) || !string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase)) return c;
            marked++;
            return c with { OptedOutSince = now, OptOutSource = source };
        }).ToList();
        if (marked > 0) UpdatedAt = now;
        return marked;
    }

    /// <summary>Adds or replaces the contact with the same channel and value; an opt-out on it stays.</summary>
    public DebtorContact UpsertContact(ContactInput input, DateTimeOffset now)
    {
        var contact = ToContact(input, null, Country);
        if (Contacts.FirstOrDefault(c => c.Channel == contact.Channel && string.Equals(c.Value, contact.Value, StringComparison.OrdinalIgnoreCase) && c.IsOptedOut) is { } old)
        {
            contact = contact with { OptedOutSince = old.OptedOutSince, OptOutSource = old.OptOutSource };
        }

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
