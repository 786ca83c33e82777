namespace Collections.Server.Persistence.Reads;

/// <summary>The columns of the domain's <c>domain_invoices</c> that staff lists read.</summary>
internal sealed class InvoiceRow
{
    public Guid Id { get; private set; }
    public string Number { get; private set; } = string.Empty;
    public decimal Balance { get; private set; }
    public string Currency { get; private set; } = string.Empty;
    public DateOnly DueDate { get; private set; }
    public string Status { get; private set; } = string.Empty;
}
