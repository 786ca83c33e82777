using Collections.Domain.Persistence;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Microsoft.Extensions.Logging;

namespace Collections.Domain.Cases;

/// <summary>
/// The domain's calls into a case's process, made inside the caller's unit of work. A message the process does not
/// wait for is not an error: the domain fact is recorded anyway and the timeline says the process did not take it.
/// </summary>
public sealed partial class CaseProcess(IProcessEngine engine, DomainWork work, ILogger<CaseProcess> logger)
{
    /// <summary>Delivers <paramref name="message"/> to the case's instance; false (with a timeline note) when nothing waits for it.</summary>
    public async Task<bool> TryCorrelateAsync(DomainDbContext db, Case @case, string message, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        if (@case.ProcessInstanceId is not { } instanceId) return false;
        try
        {
            await engine.CorrelateMessageAsync(new MessageCorrelationRequest(message, ProcessInstanceId: instanceId, Variables: variables), cancellationToken);
            return true;
        }
        catch (MessageCorrelationException ex) when (ex.Matches == 0)
        {
            LogNotWaiting(@case.Id, message);
            Note(db, @case.Id, "process.message-not-waiting", $"The process was not waiting for '{message}'; the fact is recorded, the process went on unchanged.",
                TimelineArguments.Of(("message", message)));
            return false;
        }
    }

    /// <summary>Cancels the case's instance if it still runs.</summary>
    public async Task<bool> TryCancelAsync(Case @case, string reason, CancellationToken cancellationToken)
    {
        if (@case.ProcessInstanceId is not { } instanceId) return false;
        try
        {
            await engine.CancelProcessInstanceAsync(instanceId, reason, cancellationToken);
            return true;
        }
        catch (InvalidRequestException)
        {
            return false; // already ended
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    /// <summary>Sets root variables if the instance still runs.</summary>
    public async Task TrySetVariablesAsync(Case @case, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        if (@case.ProcessInstanceId is not { } instanceId) return;
        try
        {
            await engine.SetVariablesAsync(instanceId, variables, cancellationToken);
        }
        catch (InvalidRequestException)
        {
            // ended: nothing to tell it
        }
        catch (NotFoundException)
        {
        }
    }

    /// <summary>Adds a timeline line: <paramref name="summary"/> for the API, <paramref name="arguments"/> for the UI's sentence.</summary>
    public void Note(DomainDbContext db, Guid caseId, string kind, string summary, IReadOnlyDictionary<string, string> arguments) =>
        db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, kind, summary, work.Now, arguments));

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: the process was not waiting for message {MessageName}; recorded on the timeline")]
    private partial void LogNotWaiting(Guid caseId, string messageName);
}
