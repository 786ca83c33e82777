namespace Collections.Server.Persistence.Reads;

/// <summary>The columns of the domain's <c>domain_cases</c> that staff lists read.</summary>
internal sealed class CaseRow
{
    public Guid Id { get; private set; }
    public Guid InvoiceId { get; private set; }
    public Guid DebtorId { get; private set; }
    public Guid? ProcessInstanceId { get; private set; }
    public string Status { get; private set; } = string.Empty;
    public int Priority { get; private set; }
}
