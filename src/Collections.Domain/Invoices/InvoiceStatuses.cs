namespace Collections.Domain.Invoices;

/// <summary>Persisted invoice states.</summary>
public static class InvoiceStatuses
{
    /// <summary>Balance left to collect.</summary>
    public const string Open = "open";

    /// <summary>Balance zero.</summary>
    public const string Paid = "paid";

    /// <summary>Written off or canceled through its case; nothing more is collected.</summary>
    public const string Closed = "closed";
}
