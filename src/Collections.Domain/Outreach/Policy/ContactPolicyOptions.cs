namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// Contact rules (docs/playbook.md, "Contact rules"): one <see cref="ContactProfile"/> per ISO 3166 country, picked by
/// the debtor's country, <c>default</c> for any other; the pause while a dispute is open. Configuration binds into
/// the shipped profiles (<see cref="ShippedContactProfiles"/>): a key sets one value, a list adds to the shipped one.
/// </summary>
public sealed class ContactPolicyOptions
{
    public const string Section = "Collections:Outreach:ContactPolicy";

    /// <summary>The profile of a country without its own.</summary>
    public const string DefaultProfile = "default";

    /// <summary>Profiles by country code plus <c>default</c>. Default: US, CO, MX, ES and default (see <see cref="ShippedContactProfiles"/>).</summary>
    public Dictionary<string, ContactProfile> Profiles { get; set; } = ShippedContactProfiles.Create();

    /// <summary>
    /// While a dispute is open nothing goes out; the contact is looked at again after this long. Default 6 hours: the
    /// process itself stops its stages on a dispute, so this only catches the race between the two.
    /// </summary>
    public TimeSpan DisputeRecheckInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Time zone for a debtor without one (IANA id). Default <c>UTC</c>.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";
}
