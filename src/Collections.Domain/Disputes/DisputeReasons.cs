namespace Collections.Domain.Disputes;

/// <summary>Dispute reason codes (DESIGN.md "The domain"); persisted and sent to the process as <c>disputeReason</c>.</summary>
public static class DisputeReasons
{
    public const string NotReceived = "not-received";
    public const string AwaitingApproval = "awaiting-approval";
    public const string BillingError = "billing-error";
    public const string MissingReceivingDocuments = "missing-receiving-documents";
    public const string MissingPurchaseOrder = "missing-purchase-order";
    public const string Dissatisfied = "dissatisfied";
    public const string UnableToPay = "unable-to-pay";
    public const string Forgot = "forgot";
    public const string Fraud = "fraud";

    public static IReadOnlyList<string> All { get; } =
        [NotReceived, AwaitingApproval, BillingError, MissingReceivingDocuments, MissingPurchaseOrder, Dissatisfied, UnableToPay, Forgot, Fraud];
}
