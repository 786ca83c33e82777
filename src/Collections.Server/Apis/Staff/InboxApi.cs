using System.Security.Claims;
using Collections.Domain.Outreach.Calls;
using Collections.Engine.Api;
using Collections.Server.Apis.Contracts;
using Collections.Server.Apis.Staff.Inbox;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// The collector's inbox: tasks assigned to the signed-in user plus unassigned tasks offered to them or their groups,
/// highest priority first, then earliest due date. Claiming, unclaiming and completing act as the signed-in user
/// (the user name is the engine's user id), so nobody claims in someone else's name.
/// </summary>
public static class InboxApi
{
    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/inbox").WithTags("Inbox").RequireAuthorization(StaffPolicies.TaskWorker);
        api.MapGet("/", ListAsync).WithName("ListMyTasks")
            .WithSummary("One page of my tasks and my groups' open tasks, by case priority, due date and creation; filter, taskKey, overdue, q, cursor, limit, total.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/task-types", ListTaskTypesAsync).WithName("ListMyTaskTypes").WithSummary("The kinds of task open to me, with counts (the inbox's task filter).");
        api.MapPost("/{id:guid}/claim", ClaimAsync).WithName("ClaimMyTask").WithSummary("Takes an offered task.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/unclaim", UnclaimAsync).WithName("UnclaimMyTask").WithSummary("Gives a task back to its groups.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/delegate", DelegateAsync).WithName("DelegateTask")
            .WithSummary("Managers and admins hand a task to a named user (or back to its groups with a null user).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/{id:guid}/complete", CompleteAsync).WithName("CompleteMyTask")
            .WithSummary("Completes a task assigned to me; the variables are checked against its form fields.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>One page of my inbox, sorted and paged in SQL (<see cref="InboxQuery"/>); bad parameters are 400 problems naming them.</summary>
    internal static async Task<Ok<InboxPageDto>> ListAsync(
        ClaimsPrincipal user, InboxQuery inbox, string? filter, string? taskKey, string? overdue, string? q, string? cursor, int? limit,
        bool? total, CancellationToken cancellationToken)
    {
        var request = InboxRequest.Parse(UserId(user), AuthApi.GroupsOf(user), filter, taskKey, overdue, q, cursor, limit, total);
        return TypedResults.Ok(await inbox.ListAsync(request, cancellationToken));
    }

    internal static async Task<Ok<IReadOnlyList<InboxTaskTypeDto>>> ListTaskTypesAsync(ClaimsPrincipal user, InboxQuery inbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(await inbox.TaskTypesAsync(UserId(user), AuthApi.GroupsOf(user), cancellationToken));

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> ClaimAsync(
        Guid id, ClaimsPrincipal user, IProcessQueries queries, IProcessEngine engine, CancellationToken cancellationToken)
    {
        if (await queries.GetUserTaskAsync(id, cancellationToken) is not { } task)
        {
            return TypedResults.NotFound(NotFound(id));
        }

        var me = UserId(user);
        if (task.Assignee is not null && task.Assignee != me)
        {
            return TypedResults.Conflict(Conflict($"Task {id} is already assigned to {task.Assignee}."));
        }

        if (!IsCandidate(task, user) && !IsSupervisor(user))
        {
            return TypedResults.Conflict(Conflict($"Task {id} is not offered to you or to one of your groups."));
        }

        await engine.ClaimUserTaskAsync(id, me, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> UnclaimAsync(
        Guid id, ClaimsPrincipal user, IProcessQueries queries, IProcessEngine engine, CancellationToken cancellationToken)
    {
        if (await queries.GetUserTaskAsync(id, cancellationToken) is not { } task)
        {
            return TypedResults.NotFound(NotFound(id));
        }

        if (task.Assignee != UserId(user) && !IsSupervisor(user))
        {
            return TypedResults.Conflict(Conflict($"Task {id} is not assigned to you."));
        }

        await engine.UnclaimUserTaskAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, ForbidHttpResult>> DelegateAsync(
        Guid id, DelegateTaskBody body, ClaimsPrincipal user, IProcessQueries queries, IProcessEngine engine, CancellationToken cancellationToken)
    {
        if (!IsSupervisor(user))
        {
            return TypedResults.Forbid();
        }

        if (await queries.GetUserTaskAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound(NotFound(id));
        }

        await engine.SetUserTaskAssigneeAsync(id, string.IsNullOrWhiteSpace(body.UserId) ? null : body.UserId.Trim(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> CompleteAsync(
        Guid id, CompleteTaskBody? body, ClaimsPrincipal user, IProcessQueries queries, IProcessEngine engine, CallOutcomeRecorder calls,
        CancellationToken cancellationToken)
    {
        if (await queries.GetUserTaskAsync(id, cancellationToken) is not { } task)
        {
            return TypedResults.NotFound(NotFound(id));
        }

        var me = UserId(user);
        if (task.Assignee != me)
        {
            return TypedResults.Conflict(Conflict($"Claim task {id} before completing it."));
        }

        // The engine checks the values against the task's camunda:formData and answers 400 with the field. A call or
        // visit's outcome lands on its case (contact attempt, promise) in the same transaction (issue 6 §6).
        var variables = ApiVariables.ToEngine(body?.Variables);
        if (CallTask.HasOutcomeForm(task)) await calls.CompleteAsync(task, variables, me, cancellationToken);
        else await engine.CompleteUserTaskAsync(id, variables, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static string UserId(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("A signed-in user has a name.");

    private static bool IsCandidate(UserTaskInfo task, ClaimsPrincipal user) =>
        task.CandidateUsers.Contains(UserId(user)) || AuthApi.GroupsOf(user).Any(task.CandidateGroups.Contains)
        || (task.CandidateUsers.Count == 0 && task.CandidateGroups.Count == 0);

    private static bool IsSupervisor(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Manager) || user.IsInRole(StaffRoles.Admin);

    private static ProblemDetails NotFound(Guid id) => new() { Status = 404, Title = "Task not found", Detail = $"No open user task {id}." };

    private static ProblemDetails Conflict(string detail) => new() { Status = 409, Title = "Task not available", Detail = detail };
}
