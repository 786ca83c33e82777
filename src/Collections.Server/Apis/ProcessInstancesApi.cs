using Collections.Engine.Api;
using Collections.Server.Apis.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Collections.Server.Audit;

namespace Collections.Server.Apis;

/// <summary>Starting process instances and reading their state, variables and history.</summary>
public static class ProcessInstancesApi
{
    public static IEndpointRouteBuilder MapProcessInstancesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/process-instances").WithTags("Process instances");
        api.MapPost("/", StartAsync)
            .WithName("StartProcessInstance").WithSummary("Starts the latest (or a pinned) version of a process by key.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", ListAsync)
            .WithName("ListProcessInstances").WithSummary("Lists instances by definition key, business key or status.");
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetProcessInstance").WithSummary("One instance with the activities it waits at.");
        api.MapGet("/{id:guid}/variables", GetVariablesAsync)
            .WithName("GetProcessInstanceVariables").WithSummary("The instance's root-scope variables with their types.");
        api.MapGet("/{id:guid}/history", GetHistoryAsync)
            .WithName("GetProcessInstanceHistory").WithSummary("Activity instances of the instance, in start order.");
        return app;
    }

    public static async Task<Created<ProcessInstanceInfo>> StartAsync(
        StartProcessBody body, IProcessEngine engine, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.InstanceStarted, $"process:{body.ProcessKey}", details: new { body.ProcessKey, body.BusinessKey, body.Version });
        var started = await engine.StartProcessAsync(
            new StartProcessRequest(body.ProcessKey, body.BusinessKey, ApiVariables.ToEngine(body.Variables), body.Version),
            cancellationToken);
        return TypedResults.Created($"/api/v1/process-instances/{started.Id}", started);
    }

    public static async Task<Ok<IReadOnlyList<ProcessInstanceInfo>>> ListAsync(
        IProcessQueries queries, string? definitionKey, string? businessKey, ProcessInstanceStatus? status, int? skip, int? take,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListInstancesAsync(
            new InstanceQuery(definitionKey, BusinessKey: businessKey, Status: status, Skip: ApiVariables.Skip(skip), Take: ApiVariables.Take(take)),
            cancellationToken));

    public static async Task<Results<Ok<ProcessInstanceInfo>, NotFound<ProblemDetails>>> GetAsync(
        Guid id, IProcessQueries queries, CancellationToken cancellationToken) =>
        await queries.GetInstanceAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.NotFound(NotFound(id));

    public static async Task<Results<Ok<Dictionary<string, VariableDto>>, NotFound<ProblemDetails>>> GetVariablesAsync(
        Guid id, IProcessQueries queries, CancellationToken cancellationToken)
    {
        if (await queries.GetInstanceAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound(NotFound(id));
        }

        return TypedResults.Ok(ApiVariables.FromEngine(await queries.GetVariablesAsync(id, cancellationToken)));
    }

    public static async Task<Results<Ok<IReadOnlyList<HistoricActivityInfo>>, NotFound<ProblemDetails>>> GetHistoryAsync(
        Guid id, IProcessQueries queries, CancellationToken cancellationToken)
    {
        if (await queries.GetInstanceAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound(NotFound(id));
        }

        return TypedResults.Ok(await queries.ListActivityHistoryAsync(id, cancellationToken));
    }

    private static ProblemDetails NotFound(Guid id) =>
        new() { Title = "Process instance not found", Detail = $"No process instance {id}.", Status = 404 };
}
