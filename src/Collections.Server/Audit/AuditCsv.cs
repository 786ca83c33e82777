using System.Globalization;
using System.Text;

namespace Collections.Server.Audit;

/// <summary>
/// The CSV export (RFC 4180: every cell quoted, quotes doubled, CRLF rows). A cell a spreadsheet would run as a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) gets a leading apostrophe (OWASP, "CSV injection").
/// </summary>
public static class AuditCsv
{
    public static readonly string Header = Row(["sequence", "occurredAt", "actorKind", "actor", "action", "target", "caseId", "clientAddress", "details"]);

    public static string Row(AuditEntryDto e) => Row(
    [
        e.Sequence.ToString(CultureInfo.InvariantCulture), e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        e.ActorKind, e.ActorId, e.Action, e.Target, e.CaseId?.ToString("D") ?? string.Empty, e.ClientAddress ?? string.Empty, e.Details,
    ]);

    public static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Row(IEnumerable<string> cells)
    {
        var line = new StringBuilder();
        foreach (var cell in cells)
        {
            if (line.Length > 0) line.Append(',');
            line.Append(Cell(cell));
        }

        return line.Append("\r\n").ToString();
    }
}
