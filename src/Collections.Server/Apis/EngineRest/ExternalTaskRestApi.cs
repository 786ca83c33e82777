using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Collections.Server.Apis.EngineRest.Contracts;
using Collections.Server.Audit;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collections.Server.Apis.EngineRest;

/// <summary>
/// External tasks in the Camunda 7 REST contract (DESIGN.md D10), so existing Camunda workers run unchanged:
/// <c>/engine-rest/external-task</c>. Times are milliseconds and dates Camunda's format, as in Camunda's REST reference.
/// </summary>
public static class ExternalTaskRestApi
{
    /// <summary>How often a long-polling fetch looks again without a wake-up (a lock expired, a retry timeout passed).</summary>
    private static readonly TimeSpan LongPollRecheck = TimeSpan.FromSeconds(2);

    /// <summary>Camunda's own ceiling for asyncResponseTimeout: 30 minutes.</summary>
    private const long MaxAsyncResponseTimeout = 1_800_000;

    public static IEndpointRouteBuilder MapExternalTaskRestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/engine-rest/external-task").WithTags("Camunda REST: external tasks")
            .RequireAuthorization(ApiKeyPolicies.ExternalTasks).AddEndpointFilter<CamundaErrorFilter>();
        api.MapPost("/fetchAndLock", FetchAndLockAsync).WithName("CamundaFetchAndLock")
            .WithSummary("Locks up to maxTasks tasks of the topics; with asyncResponseTimeout waits for one to appear.");
        api.MapPost("/{id:guid}/complete", CompleteAsync).WithName("CamundaCompleteExternalTask");
        api.MapPost("/{id:guid}/failure", FailureAsync).WithName("CamundaExternalTaskFailure");
        api.MapPost("/{id:guid}/bpmnError", BpmnErrorAsync).WithName("CamundaExternalTaskBpmnError");
        api.MapPost("/{id:guid}/extendLock", ExtendLockAsync).WithName("CamundaExtendExternalTaskLock");
        api.MapPost("/{id:guid}/unlock", UnlockAsync).WithName("CamundaUnlockExternalTask");
        api.MapGet("/", ListAsync).WithName("CamundaListExternalTasks");
        api.MapGet("/count", CountAsync).WithName("CamundaCountExternalTasks");
        api.MapGet("/{id:guid}", GetAsync).WithName("CamundaGetExternalTask");
        return app;
    }

    public static async Task<Ok<List<LockedExternalTaskDto>>> FetchAndLockAsync(
        FetchAndLockDto body, IProcessEngine engine, EngineSignals signals, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var request = ToRequest(body);
        var timeout = TimeSpan.FromMilliseconds(Math.Clamp(body.AsyncResponseTimeout ?? 0, 0, MaxAsyncResponseTimeout));
        var deadline = timeProvider.GetUtcNow() + timeout;
        var wake = new AsyncSignal();
        using var subscription = signals.OnExternalTask(wake.Set); // before the first fetch: no news is missed
        while (true)
        {
            var locked = await engine.FetchAndLockAsync(request, cancellationToken);
            var left = deadline - timeProvider.GetUtcNow();
            if (locked.Count > 0 || left <= TimeSpan.Zero) return TypedResults.Ok(locked.Select(ToLockedDto).ToList());
            await wake.WaitAsync(left < LongPollRecheck ? left : LongPollRecheck, timeProvider, cancellationToken);
        }
    }

    public static async Task<NoContent> CompleteAsync(Guid id, CompleteExternalTaskDto body, IProcessEngine engine, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.ExternalTaskCompleted, $"external-task:{id}", details: new
        {
            workerId = body.WorkerId, variables = body.Variables?.Keys.Order(StringComparer.Ordinal).ToList(), localVariables = body.LocalVariables?.Keys.Order(StringComparer.Ordinal).ToList(),
        });
        await engine.CompleteExternalTaskAsync(id, RequireWorker(body.WorkerId), CamundaVariables.ToEngine(body.Variables),
            CamundaVariables.ToEngine(body.LocalVariables), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> FailureAsync(Guid id, ExternalTaskFailureDto body, IProcessEngine engine, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var retries = body.Retries ?? 0;
        if (retries < 0) throw CamundaErrorFilter.Invalid("retries", "retries must not be negative.");
        using var entry = audit.Record(AuditActions.ExternalTaskFailed, $"external-task:{id}", details: new { workerId = body.WorkerId, retries, errorMessage = body.ErrorMessage });
        await engine.FailExternalTaskAsync(id, RequireWorker(body.WorkerId), body.ErrorMessage ?? string.Empty, body.ErrorDetails,
            retries, TimeSpan.FromMilliseconds(Math.Max(0, body.RetryTimeout ?? 0)), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> BpmnErrorAsync(Guid id, ExternalTaskBpmnErrorDto body, IProcessEngine engine, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.ExternalTaskBpmnError, $"external-task:{id}", details: new
        {
            workerId = body.WorkerId, errorCode = body.ErrorCode, variables = body.Variables?.Keys.Order(StringComparer.Ordinal).ToList(),
        });
        await engine.ThrowBpmnErrorAsync(id, RequireWorker(body.WorkerId), body.ErrorCode ?? string.Empty, body.ErrorMessage,
            CamundaVariables.ToEngine(body.Variables), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> ExtendLockAsync(Guid id, ExtendLockDto body, IProcessEngine engine, CancellationToken cancellationToken)
    {
        if (body.NewDuration <= 0) throw CamundaErrorFilter.Invalid("newDuration", "newDuration must be a positive number of milliseconds.");
        await engine.ExtendExternalTaskLockAsync(id, RequireWorker(body.WorkerId), TimeSpan.FromMilliseconds(body.NewDuration), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> UnlockAsync(Guid id, IProcessEngine engine, CancellationToken cancellationToken)
    {
        await engine.UnlockExternalTaskAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<List<ExternalTaskDto>>> ListAsync(
        IProcessQueries queries, string? topicName, string? workerId, Guid? processInstanceId, bool? locked, bool? notLocked,
        Guid? externalTaskId, int? firstResult, int? maxResults, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var tasks = await QueryAsync(queries, timeProvider, topicName, workerId, processInstanceId, locked, notLocked, externalTaskId, cancellationToken);
        var page = tasks.Skip(Math.Max(0, firstResult ?? 0)).Take(Math.Clamp(maxResults ?? int.MaxValue, 0, 10_000));
        return TypedResults.Ok(page.Select(ToDto).ToList());
    }

    public static async Task<Ok<CountResultDto>> CountAsync(
        IProcessQueries queries, string? topicName, string? workerId, Guid? processInstanceId, bool? locked, bool? notLocked,
        Guid? externalTaskId, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CountResultDto((await QueryAsync(queries, timeProvider, topicName, workerId, processInstanceId, locked, notLocked, externalTaskId, cancellationToken)).Count));

    public static async Task<Results<Ok<ExternalTaskDto>, JsonHttpResult<CamundaErrorDto>>> GetAsync(Guid id, IProcessQueries queries, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var tasks = await QueryAsync(queries, timeProvider, null, null, null, null, null, id, cancellationToken);
        return tasks.Count == 1 ? TypedResults.Ok(ToDto(tasks[0]))
            : TypedResults.Json(new CamundaErrorDto("InvalidRequestException", $"External task with id {id} does not exist", "not-found"), statusCode: 404);
    }

    private static async Task<List<ExternalTaskInfo>> QueryAsync(IProcessQueries queries, TimeProvider timeProvider, string? topicName, string? workerId,
        Guid? processInstanceId, bool? locked, bool? notLocked, Guid? externalTaskId, CancellationToken cancellationToken)
    {
        var lockFilter = locked == true ? true : notLocked == true ? false : (bool?)null;
        var all = new List<ExternalTaskInfo>();
        const int page = 1000;
        for (var skip = 0; ; skip += page)
        {
            var rows = await queries.ListExternalTasksAsync(new ExternalTaskQuery(topicName, processInstanceId, null, workerId, null, skip, page), cancellationToken);
            all.AddRange(rows);
            if (rows.Count < page) break;
        }

        // The lock filter runs here, not in the page query: a page filtered after paging would come back short.
        var now = timeProvider.GetUtcNow();
        return all.Where(t => externalTaskId is null || t.Id == externalTaskId)
            .Where(t => lockFilter is null || (t.LockExpiresAt is { } expires && expires > now) == lockFilter).ToList();
    }

    private static FetchAndLockRequest ToRequest(FetchAndLockDto body)
    {
        var worker = RequireWorker(body.WorkerId);
        if (body.MaxTasks < 0) throw CamundaErrorFilter.Invalid("maxTasks", "maxTasks must not be negative.");
        var topics = (body.Topics ?? []).Select(t => new FetchTopic(
            string.IsNullOrWhiteSpace(t.TopicName) ? throw CamundaErrorFilter.Invalid("topicName", "Every topic needs a topicName.") : t.TopicName,
            t.LockDuration > 0 ? TimeSpan.FromMilliseconds(t.LockDuration) : throw CamundaErrorFilter.Invalid("lockDuration", $"Topic '{t.TopicName}' needs a positive lockDuration."),
            t.Variables, t.BusinessKey, t.ProcessDefinitionKey, t.LocalVariables ?? false)).ToList();
        return new FetchAndLockRequest(worker, body.MaxTasks, topics, body.UsePriority ?? false);
    }

    private static string RequireWorker(string? workerId) =>
        string.IsNullOrWhiteSpace(workerId) ? throw CamundaErrorFilter.Invalid("workerId", "workerId is required.") : workerId;

    private static LockedExternalTaskDto ToLockedDto(LockedExternalTask locked)
    {
        var t = locked.Task;
        return new LockedExternalTaskDto(t.Id.ToString(), t.TopicName, t.WorkerId, t.LockExpiresAt is { } e ? CamundaVariables.FormatDate(e) : null,
            t.ActivityId, t.ActivityInstanceId, t.ActivityInstanceId, t.ProcessInstanceId.ToString(), t.DefinitionId.ToString(), t.DefinitionKey,
            null, t.BusinessKey, t.Retries, t.ErrorMessage, t.ErrorDetails, false, t.Priority, null,
            CamundaVariables.FromEngine(locked.Variables), new Dictionary<string, string>());
    }

    private static ExternalTaskDto ToDto(ExternalTaskInfo t) =>
        new(t.Id.ToString(), t.TopicName, t.WorkerId, t.LockExpiresAt is { } e ? CamundaVariables.FormatDate(e) : null,
            t.ActivityId, t.ActivityInstanceId, t.ActivityInstanceId, t.ProcessInstanceId.ToString(), t.DefinitionId.ToString(), t.DefinitionKey,
            t.BusinessKey, t.Retries, t.ErrorMessage, false, t.Priority, null);
}
