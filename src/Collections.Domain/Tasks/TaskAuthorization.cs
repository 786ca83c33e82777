using Collections.Domain.Plans;
using Collections.Engine.Api;

namespace Collections.Domain.Tasks;

/// <summary>
/// The rules of who may claim, unclaim, delegate and complete a user task (docs/security.md, "Task authorization").
/// Pure decisions over the actor and the task as read: null means allowed, else the refusal to throw.
/// <list type="bullet">
/// <item>A task is offered to an actor named in its candidate users, or in one of whose groups it is offered; a task
/// with no candidates is offered to every staff member. An API key is offered only the tasks the integrator API works
/// (the playbook's negotiation step) and only with the integrator's write scope.</item>
/// <item>Claim: for yourself, when offered to you and nobody else holds it.</item>
/// <item>Complete: as the assignee, or claim-and-complete in one step when it is unassigned and offered to you.</item>
/// <item>Unclaim: the assignee, or a delegator.</item>
/// <item>Delegate (assign to someone else, or back to the groups): managers and admins (operator keys too), and only
/// to a staff member the task is offered to.</item>
/// </list>
/// </summary>
public static class TaskAuthorization
{
    /// <summary>Staff roles that hand tasks to others (Server/Security/StaffRoles: manager, admin; stable strings).</summary>
    public static readonly IReadOnlyList<string> DelegatingRoles = ["manager", "admin"];

    /// <summary>The API-key scope of operators (Server/Security/ApiScopes.Admin), who may delegate.</summary>
    public const string OperatorScope = "admin";

    /// <summary>The API-key scope of integrators that write cases (Server/Apis/Domain/DomainApiScopes.CasesWrite).</summary>
    public const string IntegratorScope = "cases:write";

    /// <summary>Tasks the integrator API completes as the key itself: a payment plan or settlement proposal completes the negotiation step.</summary>
    public static readonly IReadOnlyList<string> IntegratorTasks = [NegotiationSteps.NegotiateTask];

    public static bool MayDelegate(Actor actor) => actor.Kind == ActorKind.ApiKey
        ? actor.Roles.Contains(OperatorScope)
        : actor.Roles.Any(DelegatingRoles.Contains);

    public static bool IsOfferedTo(UserTaskInfo task, Actor actor)
    {
        if (actor.Kind == ActorKind.ApiKey)
        {
            return actor.Roles.Contains(IntegratorScope) && IntegratorTasks.Contains(task.TaskDefinitionKey);
        }

        return task.CandidateUsers.Contains(actor.Id) || actor.Groups.Any(task.CandidateGroups.Contains)
            || (task.CandidateUsers.Count == 0 && task.CandidateGroups.Count == 0);
    }

    public static TaskRefusedException? Claim(Actor actor, UserTaskInfo task)
    {
        if (task.Assignee == actor.Id) return null;
        if (task.Assignee is not null) return HeldByOther(task);
        return IsOfferedTo(task, actor) ? null : NotOffered(task, actor.Id);
    }

    public static TaskRefusedException? Complete(Actor actor, UserTaskInfo task) => Claim(actor, task);

    public static TaskRefusedException? Unclaim(Actor actor, UserTaskInfo task) =>
        task.Assignee == actor.Id || MayDelegate(actor) ? null
            : new TaskRefusedException("task.not-assignee", $"Task {task.Id} is not assigned to you.");

    /// <summary><paramref name="target"/> null gives the task back to its groups.</summary>
    public static TaskRefusedException? Delegate(Actor actor, UserTaskInfo task, Actor? target)
    {
        if (target is not null && target.Id == actor.Id) return Claim(actor, task); // taking it yourself is a claim
        if (!MayDelegate(actor))
        {
            return new TaskRefusedException("task.delegate-forbidden", "Only managers and admins assign a task to someone else.");
        }

        return target is null || IsOfferedTo(task, target) ? null : NotOffered(task, target.Id);
    }

    private static TaskRefusedException HeldByOther(UserTaskInfo task) =>
        new("task.assigned-to-other", $"Task {task.Id} is assigned to {task.Assignee}.", isConflict: true);

    private static TaskRefusedException NotOffered(UserTaskInfo task, string who) =>
        new("task.not-offered", $"Task {task.Id} is not offered to {who} or to one of their groups.");
}
