namespace Collections.Server.Persistence.Reads;

/// <summary>The columns of the domain's <c>domain_debtors</c> that staff lists read.</summary>
internal sealed class DebtorRow
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string Country { get; private set; } = string.Empty;
    public string TimeZone { get; private set; } = string.Empty;
}
