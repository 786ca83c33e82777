namespace Collections.Domain.Settlements;

/// <summary>A settlement offer as the API returns it; <c>expired</c> once <c>expiresOn</c> has passed (unless rejected).</summary>
public sealed record SettlementOfferDto(
    Guid Id,
    Guid CaseId,
    decimal DiscountPercent,
    decimal Amount,
    string Currency,
    decimal Balance,
    string ApprovalState,
    string? Approver,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<string> ApprovalGroups,
    DateOnly ExpiresOn,
    bool Expired,
    string ProcessState,
    string? ProposedBy,
    string? Notes,
    DateTimeOffset CreatedAt);
