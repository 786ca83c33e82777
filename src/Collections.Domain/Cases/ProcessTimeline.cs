using System.Collections.Frozen;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Webhooks;
using Collections.Engine.Api;

namespace Collections.Domain.Cases;

/// <summary>
/// The engine's history on a case's timeline (source <c>process</c>): each activity becomes a code the staff UI says
/// in the reader's language with the activity's name ("Esperando: Día 7", "Task completed: Call the debtor"), never
/// the BPMN element kind. Kinds: <see cref="Waiting"/> (catch events and receive tasks), <see cref="Step"/> (service,
/// send, script tasks, sub-processes, throw events), <see cref="Event"/> (a boundary event that fired),
/// <c>task.created</c> / <c>task.completed</c> (user tasks). Arguments: <c>activity</c> (the name, absent when the
/// element has none) and <c>by</c> (who completed a user task). The summary stays the API's English line.
/// </summary>
public static class ProcessTimeline
{
    public const string Waiting = "process.waiting";
    public const string Step = "process.step";
    public const string Event = "process.event";

    /// <summary>Elements that are routing, not something that happened to the case.</summary>
    private static readonly FrozenSet<string> Routing = FrozenSet.ToFrozenSet(
        ["startEvent", "endEvent", "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway", "sequenceFlow"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Waits = FrozenSet.ToFrozenSet(["intermediateCatchEvent", "receiveTask"], StringComparer.Ordinal);

    /// <summary>
    /// The lines of one history entry: none for routing, one at its start, and one more when a user task completed.
    /// With the process's <paramref name="texts"/>, the lines carry the activity's name in each language
    /// (<c>activity.es</c>, <c>activity.en</c>) beside the element's own name, and the UI says the reader's.
    /// </summary>
    public static IEnumerable<TimelineItemDto> Lines(HistoricActivityInfo entry, ProcessTexts? texts = null)
    {
        if (Routing.Contains(entry.ActivityType)) yield break;
        var name = ActivityName(entry);
        (string, string?)[] names = [("activity", name), ("activity.es", texts?.ActivityName(entry.ActivityId, "es")), ("activity.en", texts?.ActivityName(entry.ActivityId, "en"))];
        var started = entry.TaskId is not null ? WebhookEvents.TaskCreated : Waits.Contains(entry.ActivityType) ? Waiting : entry.ActivityType == "boundaryEvent" ? Event : Step;
        yield return new TimelineItemDto(entry.StartedAt, started, $"{entry.ActivityName ?? entry.ActivityId} ({entry.ActivityType})", "process",
            Arguments: TimelineArguments.Of(names));
        if (entry.EndedAt is { } ended && entry.TaskId is not null && !entry.Canceled)
        {
            yield return new TimelineItemDto(ended, WebhookEvents.TaskCompleted, $"{entry.ActivityName ?? entry.ActivityId}{(entry.Assignee is null ? string.Empty : " by " + entry.Assignee)}",
                "process", Arguments: TimelineArguments.Of([.. names, ("by", entry.Assignee)]));
        }
    }

    /// <summary>
    /// The element's own <c>name</c>, or none (the UI then says the line without a name rather than show the element
    /// id); the per-language names come from the process's texts.
    /// </summary>
    public static string? ActivityName(HistoricActivityInfo entry) => string.IsNullOrWhiteSpace(entry.ActivityName) ? null : entry.ActivityName;
}
