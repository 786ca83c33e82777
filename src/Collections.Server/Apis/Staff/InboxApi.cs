using Collections.Server.Audit;
using System.Security.Claims;
using Collections.Domain.Tasks;
using Collections.Server.Apis.Contracts;
using Collections.Server.Apis.Staff.Inbox;
using Collections.Server.Security;
using Collections.Server.Tasks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// The collector's inbox: tasks assigned to the signed-in user plus unassigned tasks offered to them or their groups,
/// highest priority first, then earliest due date. Claiming, unclaiming, delegating and completing act as the signed-in
/// user (the user name is the engine's user id) through <see cref="TaskActions"/>, so nobody claims in someone else's name.
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
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/unclaim", UnclaimAsync).WithName("UnclaimMyTask").WithSummary("Gives a task back to its groups.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/{id:guid}/delegate", DelegateAsync).WithName("DelegateTask")
            .WithSummary("Managers and admins hand a task to a named user it is offered to (or back to its groups with a null user).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/{id:guid}/complete", CompleteAsync).WithName("CompleteMyTask")
            .WithSummary("Completes a task assigned to me, or one offered to me in one step; the variables are checked against its form fields.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
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

    // Every action goes through TaskActions (Tasks/TaskAuthorization holds the rules): 404 unknown task, 403 not
    // offered to me or not mine, 409 held by someone else.
    public static async Task<NoContent> ClaimAsync(Guid id, ClaimsPrincipal user, TaskActions tasks, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.TaskClaimed, $"task:{id}");
        await tasks.ClaimAsync(TaskActors.Of(user), id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> UnclaimAsync(Guid id, ClaimsPrincipal user, TaskActions tasks, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.TaskUnclaimed, $"task:{id}");
        await tasks.UnclaimAsync(TaskActors.Of(user), id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> DelegateAsync(Guid id, DelegateTaskBody body, ClaimsPrincipal user, TaskActions tasks, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.TaskDelegated, $"task:{id}", details: new { to = body.UserId });
        await tasks.DelegateAsync(TaskActors.Of(user), id, body.UserId, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> CompleteAsync(Guid id, CompleteTaskBody? body, ClaimsPrincipal user, TaskActions tasks, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.TaskCompleted, $"task:{id}", details: new { variables = body?.Variables });
        // The engine checks the values against the task's camunda:formData and answers 400 with the field. A task
        // offered to me and not yet claimed is claimed and completed in one step.
        await tasks.CompleteAsync(TaskActors.Of(user), id, ApiVariables.ToEngine(body?.Variables), cancellationToken);
        return TypedResults.NoContent();
    }

    internal static string UserId(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("A signed-in user has a name.");
}
