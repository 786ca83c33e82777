using System.Text.Json;

namespace Collections.Domain.Cases;

/// <summary>
/// One line of a case's history as the domain saw it (payments, promises, disputes, notes). Append-only. Every line is
/// written as a code (<see cref="Kind"/>) plus its <see cref="Arguments"/>, which the staff UI renders in the reader's
/// language; <see cref="Summary"/> stays an English line for the integrator API. Lines written before every writer
/// passed arguments have none: the UI shows a generic line per kind for them.
/// </summary>
public sealed class TimelineEntry
{
    private TimelineEntry()
    {
        Kind = Summary = string.Empty;
    }

    public TimelineEntry(Guid id, Guid caseId, string kind, string summary, DateTimeOffset at, IReadOnlyDictionary<string, string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        (Id, CaseId, Kind, Summary, At) = (id, caseId, kind, summary, at);
        Arguments = JsonSerializer.Serialize(arguments);
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>e.g. <c>case.opened</c>, <c>payment.applied</c>, <c>note</c>.</summary>
    public string Kind { get; private set; }

    public string Summary { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The code's arguments as a JSON object of strings; null only on lines older than the arguments.</summary>
    public string? Arguments { get; private set; }

    public IReadOnlyDictionary<string, string>? ArgumentMap() =>
        Arguments is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(Arguments);
}
