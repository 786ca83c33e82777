namespace Collections.Domain.Outreach.Statements;

/// <summary>
/// One invoice listed on a statement, as it stood when the statement was built: the statement is rendered from these
/// stored lines, so a retry after a crash sends exactly the same text.
/// </summary>
public sealed record StatementItem(Guid CaseId, string InvoiceNumber, DateOnly DueDate, decimal Balance, string Currency, int DaysOverdue);
