using Collections.Server.Audit;
using System.Security.Claims;
using Collections.Domain.Tasks;
using Collections.Engine.Api;
using Collections.Server.Apis.Contracts;
using Collections.Server.Tasks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Apis;

/// <summary>The user-task inbox: list, read, claim, complete.</summary>
public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/tasks").WithTags("Tasks");
        api.MapGet("/", ListAsync)
            .WithName("ListTasks").WithSummary("Open user tasks, filtered by assignee, candidate user and groups, instance or key.");
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetTask").WithSummary("One open user task with its form fields.");
        api.MapPost("/{id:guid}/claim", ClaimAsync)
            .WithName("ClaimTask").WithSummary("Assigns the task to the caller; a userId naming someone else is a delegation (managers and admins only).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/complete", CompleteAsync)
            .WithName("CompleteTask").WithSummary("Completes the task as the caller (its assignee, or claim-and-complete when offered to them); the variables are checked against its form fields.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<UserTaskInfo>>> ListAsync(
        IProcessQueries queries, string? assignee, string? candidateUser, string[]? candidateGroups, Guid? processInstanceId,
        string? taskDefinitionKey, string? businessKey, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListUserTasksAsync(
            new UserTaskQuery(
                ProcessInstanceId: processInstanceId,
                Assignee: assignee,
                CandidateUser: candidateUser,
                CandidateGroups: candidateGroups is { Length: > 0 } ? candidateGroups : null,
                TaskDefinitionKey: taskDefinitionKey,
                BusinessKey: businessKey,
                Skip: ApiVariables.Skip(skip),
                Take: ApiVariables.Take(take)),
            cancellationToken));

    public static async Task<Results<Ok<UserTaskInfo>, NotFound<ProblemDetails>>> GetAsync(
        Guid id, IProcessQueries queries, CancellationToken cancellationToken) =>
        await queries.GetUserTaskAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.NotFound(new ProblemDetails { Title = "Task not found", Detail = $"No open user task {id}.", Status = 404 });

    /// <summary>
    /// Claims for the signed-in actor. A <c>userId</c> naming someone else is a delegation: managers and admins (and
    /// operator keys) only, to a staff member the task is offered to; anyone else gets 403 <c>task.delegate-forbidden</c>.
    /// </summary>
    public static async Task<Results<NoContent, UnauthorizedHttpResult>> ClaimAsync(
        Guid id, ClaimTaskBody? body, ClaimsPrincipal user, TaskActions tasks, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (TaskActors.From(user) is not { } actor) return TypedResults.Unauthorized();
        if (body?.UserId is { } userId && !string.IsNullOrWhiteSpace(userId) && userId.Trim() != actor.Id)
        {
            using var delegated = audit.Record(AuditActions.TaskDelegated, $"task:{id}", details: new { to = userId.Trim() });
            await tasks.DelegateAsync(actor, id, userId, cancellationToken);
        }
        else
        {
            using var claimed = audit.Record(AuditActions.TaskClaimed, $"task:{id}");
            await tasks.ClaimAsync(actor, id, cancellationToken);
        }

        return TypedResults.NoContent();
    }

    /// <summary>Completes as the signed-in actor: its assignee, or claim-and-complete when the task is offered to them.</summary>
    public static async Task<Results<NoContent, UnauthorizedHttpResult>> CompleteAsync(
        Guid id, CompleteTaskBody? body, ClaimsPrincipal user, TaskActions tasks, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (TaskActors.From(user) is not { } actor) return TypedResults.Unauthorized();
        using var entry = audit.Record(AuditActions.TaskCompleted, $"task:{id}", details: new { variables = body?.Variables });
        await tasks.CompleteAsync(actor, id, ApiVariables.ToEngine(body?.Variables), cancellationToken);
        return TypedResults.NoContent();
    }
}
