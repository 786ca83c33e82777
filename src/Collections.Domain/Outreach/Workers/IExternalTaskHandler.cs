using Collections.Engine.Api;

namespace Collections.Domain.Outreach.Workers;

/// <summary>Does the work of one topic. Throwing fails the task (retried with backoff; template errors open an incident).</summary>
public interface IExternalTaskHandler
{
    string Topic { get; }

    Task<TaskOutcome> HandleAsync(LockedExternalTask task, CancellationToken cancellationToken);
}
