using Scriban.Runtime;

namespace Collections.Domain.Outreach.Statements;

/// <summary>
/// The variables a statement template is rendered with: the step's own (debtor, company, language), plus
/// <c>invoices</c> (each <c>number</c>, <c>dueDate</c>, <c>balance</c>, <c>currency</c>, <c>daysOverdue</c>),
/// <c>totals</c> (one <c>amount</c> and <c>currency</c> per currency, never added across currencies) and <c>invoiceCount</c>.
/// </summary>
public static class StatementModel
{
    public static IReadOnlyDictionary<string, object?> Variables(IReadOnlyList<StatementItem> lines, IReadOnlyDictionary<string, object?> step)
    {
        var variables = new Dictionary<string, object?>(step, StringComparer.Ordinal)
        {
            ["invoiceCount"] = (long)lines.Count,
            ["invoices"] = lines.Select(l => new ScriptObject(StringComparer.Ordinal)
            {
                ["number"] = l.InvoiceNumber,
                ["dueDate"] = new DateTimeOffset(l.DueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                ["balance"] = l.Balance,
                ["currency"] = l.Currency,
                ["daysOverdue"] = (long)l.DaysOverdue,
            }).ToList(),
            ["totals"] = lines.GroupBy(l => l.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ScriptObject(StringComparer.Ordinal) { ["currency"] = g.Key, ["amount"] = g.Sum(l => l.Balance) }).ToList(),
        };
        return variables;
    }
}
