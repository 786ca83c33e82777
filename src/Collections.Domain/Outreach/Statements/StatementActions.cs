namespace Collections.Domain.Outreach.Statements;

/// <summary>Persisted names of statements (STYLE.md 12).</summary>
public static class StatementActions
{
    /// <summary>
    /// Timeline code on every case a statement lists (arguments <c>count</c>, <c>channel</c>, <c>invoices</c>), rendered
    /// in the reader's language ("Statement sent listing 3 invoices").
    /// </summary>
    public const string SentKind = "contact.statement-sent";

    /// <summary>The deferral reason of a listed step while the statement's own step has not sent it yet.</summary>
    public const string InProgress = "statement-in-progress";
}
