using Collections.Domain.Outreach.Templates;
using Collections.Engine.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// Fetches and locks the tasks of one topic through <see cref="IProcessEngine"/>'s external-task API (the same calls a
/// remote Camunda worker makes over REST, DESIGN.md D10) and reports each handler's outcome. A deferral is a failure
/// with retries unchanged and <c>retryTimeout</c> up to the allowed moment, so the engine hands the task out again
/// then: never dropped, never early. A deferral by the contact rules goes on the case's timeline first, so a waiting
/// step does not look like a stuck engine. A template error cannot heal by waiting: it opens an incident at once.
/// </summary>
public sealed partial class ExternalTaskWorker(
    IExternalTaskHandler handler, IProcessEngine engine, IOptions<OutreachWorkerOptions> options, TimeProvider time, ILogger<ExternalTaskWorker> logger,
    Deferrals.ContactDeferralTimeline? deferrals = null, Company.CompanyDetailsTimeline? companyWaits = null)
{
    public string Topic => handler.Topic;

    /// <summary>Fetches one batch and handles it; returns how many tasks were locked.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var tasks = await engine.FetchAndLockAsync(new FetchAndLockRequest(settings.WorkerId, settings.MaxTasks,
            [new FetchTopic(handler.Topic, settings.LockDuration)]), cancellationToken);
        foreach (var task in tasks) await HandleAsync(task, settings, cancellationToken);
        return tasks.Count;
    }

    private async Task HandleAsync(LockedExternalTask task, OutreachWorkerOptions settings, CancellationToken cancellationToken)
    {
        var info = task.Task;
        var retries = info.Retries ?? settings.Retries;
        try
        {
            switch (await handler.HandleAsync(task, cancellationToken))
            {
                case TaskOutcome.Complete complete:
                    await engine.CompleteExternalTaskAsync(info.Id, settings.WorkerId, complete.Variables, null, cancellationToken);
                    break;
                case TaskOutcome.Defer defer:
                    var wait = defer.Until.ToDateTimeOffset() - time.GetUtcNow();
                    LogDeferred(info.TopicName, info.ProcessInstanceId, defer.Reason, defer.Until);
                    if (defer.Deferral is { } deferral && deferrals is not null) await deferrals.RecordAsync(deferral, defer.Until, cancellationToken);
                    if (defer.CompanyWait is { } waiting && companyWaits is not null) await companyWaits.RecordAsync(waiting, cancellationToken);
                    await engine.FailExternalTaskAsync(info.Id, settings.WorkerId, $"Deferred ({defer.Reason}) until {defer.Until}", null,
                        retries, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken);
                    break;
            }
        }
        catch (Company.CompanyDetailsMissingException ex)
        {
            // A detail emptied between the check and the render: wait like the check would have, retries unchanged.
            LogDeferred(info.TopicName, info.ProcessInstanceId, OutreachSendHandler.CompanyDetailsMissing, Instant.FromDateTimeOffset(time.GetUtcNow() + settings.CompanyDetailsRecheckInterval));
            await ReportFailureAsync(info, settings, ex.Message, retries, settings.CompanyDetailsRecheckInterval, cancellationToken);
        }
        catch (Exception ex) when (ex is TemplateRenderException or TemplateNotFoundException)
        {
            LogTemplateFailed(ex, info.TopicName, info.ProcessInstanceId);
            await ReportFailureAsync(info, settings, ex.Message, 0, TimeSpan.Zero, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex, info.TopicName, info.ProcessInstanceId, retries - 1);
            await ReportFailureAsync(info, settings, ex.Message, retries - 1, settings.RetryBackoff, cancellationToken);
        }
    }

    private async Task ReportFailureAsync(ExternalTaskInfo info, OutreachWorkerOptions settings, string message, int retries, TimeSpan backoff, CancellationToken cancellationToken)
    {
        try
        {
            await engine.FailExternalTaskAsync(info.Id, settings.WorkerId, message, null, retries, backoff, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReportFailed(ex, info.Id); // the lock expires and the task is fetched again
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Topic {Topic}, instance {ProcessInstanceId}: deferred ({Reason}) until {Until}")]
    private partial void LogDeferred(string topic, Guid processInstanceId, string reason, Instant until);

    [LoggerMessage(Level = LogLevel.Error, Message = "Topic {Topic}, instance {ProcessInstanceId}: template error, incident opened")]
    private partial void LogTemplateFailed(Exception exception, string topic, Guid processInstanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Topic {Topic}, instance {ProcessInstanceId}: failed, {Retries} retries left")]
    private partial void LogFailed(Exception exception, string topic, Guid processInstanceId, int retries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "External task {TaskId}: could not report the failure; its lock will expire")]
    private partial void LogReportFailed(Exception exception, Guid taskId);
}
