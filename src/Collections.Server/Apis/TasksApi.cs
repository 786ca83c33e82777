using System.Security.Claims;
using Collections.Domain.Outreach.Calls;
using Collections.Engine.Api;
using Collections.Server.Apis.Contracts;
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
            .WithName("ClaimTask").WithSummary("Assigns the task to a user.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/{id:guid}/complete", CompleteAsync)
            .WithName("CompleteTask").WithSummary("Completes the task; the variables are checked against its form fields.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
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

    public static async Task<NoContent> ClaimAsync(Guid id, ClaimTaskBody body, IProcessEngine engine, CancellationToken cancellationToken)
    {
        await engine.ClaimUserTaskAsync(id, body.UserId, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> CompleteAsync(
        Guid id, CompleteTaskBody? body, ClaimsPrincipal user, IProcessQueries queries, IProcessEngine engine, CallOutcomeRecorder calls,
        CancellationToken cancellationToken)
    {
        // A call or visit's outcome lands on its case as in the inbox (issue 6 §6); who made it is the assignee.
        var variables = ApiVariables.ToEngine(body?.Variables);
        if (await queries.GetUserTaskAsync(id, cancellationToken) is { } task && CallTask.HasOutcomeForm(task))
        {
            await calls.CompleteAsync(task, variables, task.Assignee ?? user.Identity?.Name ?? "api", cancellationToken);
        }
        else
        {
            await engine.CompleteUserTaskAsync(id, variables, cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
