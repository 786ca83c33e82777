namespace Collections.Domain.Settlements;

/// <summary>Persisted and returned as <c>approvalState</c>.</summary>
public static class SettlementApprovalStates
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
}
