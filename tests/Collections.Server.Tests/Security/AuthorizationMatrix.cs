using Collections.Server.Apis.Domain;
using Collections.Server.Security;
using static Collections.Server.Tests.Security.MatrixPrincipal;

namespace Collections.Server.Tests.Security;

/// <summary>
/// Who may call what (docs/security.md, "Authorization matrix"): one row per operation of the OpenAPI document with
/// the principals allowed past authorization. Everyone else is refused, anonymous with 401 and the others with 403,
/// except where a row says a kind of credential is not read at all (401). Below it, the object-level rows: real tasks
/// and what each principal gets acting on them.
/// </summary>
public static class AuthorizationMatrix
{
    /// <summary>Every principal the matrix calls with: anonymous, a key per scope, a signed-in account per staff role.</summary>
    public static IReadOnlyList<string> Principals { get; } =
        [Anonymous, .. ApiScopes.All.Select(Key), .. StaffRoles.All.Select(Role)];

    private static readonly string[] AnyRole = [.. StaffRoles.All.Select(Role)];
    private static readonly string[] TaskWorkers = [.. StaffRoles.TaskWorkers.Select(Role)];
    private static readonly string[] Designers = [.. StaffRoles.Designers.Select(Role)];
    private static readonly string[] ProcessOperators = [.. StaffRoles.ProcessOperators.Select(Role)];
    private static readonly string[] Managers = [Role(StaffRoles.Manager), Role(StaffRoles.Admin)];
    private static readonly string[] Admins = [Role(StaffRoles.Admin)];
    private static readonly string[] AdminKey = [Key(ApiScopes.Admin)];
    private static readonly string[] WorkerKeys = [Key(ApiScopes.ExternalTasks), Key(ApiScopes.Admin)];

    public static IReadOnlyList<MatrixRow> Rows { get; } =
    [
        // Public: sign-in, and the providers' webhooks, which check the provider's signature themselves.
        Public("POST /api/v1/auth/login"),
        Public("POST /api/v1/providers/sendgrid/events"),
        Public("POST /api/v1/providers/sms/receipts"),
        Public("POST /api/v1/providers/sms/inbound"),
        Public("GET /health") with { OutsideDocument = true },
        Public("GET /openapi/v1.json") with { OutsideDocument = true },

        // The signed-in staff member's own session.
        Row("POST /api/v1/auth/logout", [.. AnyRole, .. ApiScopes.All.Select(Key)]),
        Row("GET /api/v1/me", AnyRole),
        Row("PUT /api/v1/me/language", AnyRole),
        Row("POST /api/v1/me/password", AnyRole),

        // Integrator API: the key's scope (or admin), or the staff roles standing for it.
        Row("POST /api/v1/debtors", Scope(DomainApiScopes.CasesWrite)),
        Row("PUT /api/v1/debtors/{externalId}", Scope(DomainApiScopes.CasesWrite)),
        Row("GET /api/v1/debtors/{externalId}", Scope(DomainApiScopes.CasesRead)),
        Row("PUT /api/v1/debtors/{externalId}/contacts", Scope(DomainApiScopes.CasesWrite)),
        Row("POST /api/v1/invoices", Scope(DomainApiScopes.CasesWrite)),
        Row("GET /api/v1/invoices", Scope(DomainApiScopes.CasesRead)),
        Row("PUT /api/v1/invoices/external/{externalId}", Scope(DomainApiScopes.CasesWrite)),
        Row("GET /api/v1/invoices/{id}", Scope(DomainApiScopes.CasesRead)),
        Row("POST /api/v1/invoices/{id}/payments", Scope(DomainApiScopes.PaymentsWrite)),
        Row("POST /api/v1/cases", Scope(DomainApiScopes.CasesWrite)),
        Row("GET /api/v1/cases", Scope(DomainApiScopes.CasesRead)),
        Row("GET /api/v1/cases/{id}", Scope(DomainApiScopes.CasesRead)),
        Row("POST /api/v1/cases/{id}/promises", Scope(DomainApiScopes.CasesWrite)),
        Row("POST /api/v1/cases/{id}/disputes", Scope(DomainApiScopes.CasesWrite)),
        Row("POST /api/v1/cases/{id}/disputes/{disputeId}/resolve", Scope(DomainApiScopes.CasesWrite)),
        Row("POST /api/v1/cases/{id}/disputes/{disputeId}/reject", Scope(DomainApiScopes.CasesWrite)),
        Row("POST /api/v1/cases/{id}/contact-attempts", Scope(DomainApiScopes.CasesWrite)),
        Row("POST /api/v1/cases/{id}/cancel", Scope(DomainApiScopes.CasesManage)),
        Row("POST /api/v1/cases/{id}/write-off", Scope(DomainApiScopes.CasesManage)),
        Row("POST /api/v1/cases/{id}/payment-plans", Scope(DomainApiScopes.CasesWrite)),
        Row("GET /api/v1/cases/{id}/payment-plans", Scope(DomainApiScopes.CasesRead)),
        Row("GET /api/v1/cases/{id}/payment-plans/{planId}", Scope(DomainApiScopes.CasesRead)),
        Row("POST /api/v1/cases/{id}/settlement-offers", Scope(DomainApiScopes.CasesWrite)),
        Row("GET /api/v1/cases/{id}/settlement-offers", Scope(DomainApiScopes.CasesRead)),
        Row("GET /api/v1/cases/{id}/settlement-offers/{offerId}", Scope(DomainApiScopes.CasesRead)),
        Row("GET /api/v1/cases/{caseId}/templates/{key}/preview", [.. TaskWorkers, Key(DomainApiScopes.CasesRead), Key(ApiScopes.Admin)]),
        Row("POST /api/v1/webhooks", Scope(DomainApiScopes.WebhooksManage)),
        Row("GET /api/v1/webhooks", Scope(DomainApiScopes.WebhooksManage)),
        Row("GET /api/v1/webhooks/{id}", Scope(DomainApiScopes.WebhooksManage)),
        Row("PUT /api/v1/webhooks/{id}", Scope(DomainApiScopes.WebhooksManage)),
        Row("DELETE /api/v1/webhooks/{id}", Scope(DomainApiScopes.WebhooksManage)),
        Row("GET /api/v1/webhooks/deliveries", Scope(DomainApiScopes.WebhooksManage)),
        Row("POST /api/v1/webhooks/deliveries/{id}/redeliver", Scope(DomainApiScopes.WebhooksManage)),

        // Engine API: roles per endpoint (EngineApiAuthorizationHandler), or a key with the admin scope.
        Row("GET /api/v1/process-definitions", [.. AnyRole, .. AdminKey]),
        Row("GET /api/v1/process-definitions/{id}", [.. AnyRole, .. AdminKey]),
        Row("GET /api/v1/process-definitions/{id}/xml", [.. AnyRole, .. AdminKey]),
        Row("POST /api/v1/deployments", [.. Designers, .. AdminKey]),
        Row("POST /api/v1/process-instances", [.. ProcessOperators, .. AdminKey]),
        Row("GET /api/v1/process-instances", [.. AnyRole, .. AdminKey]),
        Row("GET /api/v1/process-instances/{id}", [.. AnyRole, .. AdminKey]),
        Row("GET /api/v1/process-instances/{id}/variables", [.. AnyRole, .. AdminKey]),
        Row("GET /api/v1/process-instances/{id}/history", [.. AnyRole, .. AdminKey]),
        Row("GET /api/v1/tasks", [.. AnyRole, .. AdminKey]),
        Row("GET /api/v1/tasks/{id}", [.. AnyRole, .. AdminKey]),
        Row("POST /api/v1/tasks/{id}/claim", [.. TaskWorkers, .. AdminKey]),
        Row("POST /api/v1/tasks/{id}/complete", [.. TaskWorkers, .. AdminKey]),
        Row("GET /api/v1/incidents", [.. AnyRole, .. AdminKey]),
        Row("POST /api/v1/incidents/{id}/retry", [.. ProcessOperators, .. AdminKey]),
        Row("POST /api/v1/executions/{id}/trigger", [.. ProcessOperators, .. AdminKey]),

        // Staff UI: roles only; API keys are refused (403).
        Row("GET /api/v1/inbox", TaskWorkers),
        Row("GET /api/v1/inbox/task-types", TaskWorkers),
        Row("POST /api/v1/inbox/{id}/claim", TaskWorkers),
        Row("POST /api/v1/inbox/{id}/unclaim", TaskWorkers),
        Row("POST /api/v1/inbox/{id}/delegate", TaskWorkers),
        Row("POST /api/v1/inbox/{id}/complete", TaskWorkers),
        Row("GET /api/v1/staff/cases", AnyRole),
        Row("GET /api/v1/staff/cases/{id}", AnyRole),
        Row("POST /api/v1/staff/cases/{id}/contact-attempts", TaskWorkers),
        Row("POST /api/v1/staff/cases/{id}/promises", TaskWorkers),
        Row("POST /api/v1/staff/cases/{id}/disputes", TaskWorkers),
        Row("POST /api/v1/staff/cases/{id}/negotiations", TaskWorkers),
        Row("GET /api/v1/staff/cases/{id}/audit", AnyRole),
        Row("GET /api/v1/staff/cases/{caseId}/send-steps", AnyRole),
        Row("POST /api/v1/staff/cases/{caseId}/send-steps/{id}/confirm", TaskWorkers),
        Row("POST /api/v1/staff/cases/{caseId}/send-steps/{id}/resend", TaskWorkers),
        Row("GET /api/v1/staff/cases/{caseId}/messages", TaskWorkers),
        Row("GET /api/v1/staff/outbox", TaskWorkers),
        Row("GET /api/v1/staff/outbox/{id}", TaskWorkers),
        Row("GET /api/v1/staff/outbox/{id}/raw", TaskWorkers),
        Row("GET /api/v1/staff/tasks/{taskId}/call-script", TaskWorkers),
        Row("GET /api/v1/staff/definitions/{id}/activity-stats", ProcessOperators),
        Row("POST /api/v1/designer/validate", Designers),
        Row("POST /api/v1/designer/publish", Designers),
        Row("GET /api/v1/designer/processes/{key}/versions", ProcessOperators),
        Row("GET /api/v1/element-templates", Designers),
        Row("GET /api/v1/processes/{key}/versions", Designers),
        Row("POST /api/v1/migrations/plan", Designers),
        Row("POST /api/v1/migrations/preview", Designers),
        Row("POST /api/v1/migrations", Designers),
        Row("GET /api/v1/migrations", Designers),
        Row("GET /api/v1/migrations/{id}", Designers),
        Row("GET /api/v1/admin/users", Admins),
        Row("POST /api/v1/admin/users", Admins),
        Row("PUT /api/v1/admin/users/{id}/roles", Admins),
        Row("POST /api/v1/admin/users/{id}/disable", Admins),
        Row("POST /api/v1/admin/users/{id}/enable", Admins),
        Row("POST /api/v1/admin/users/{id}/reset-password", Admins),
        Row("GET /api/v1/admin/api-keys", Admins),
        Row("POST /api/v1/admin/api-keys", Admins),
        Row("POST /api/v1/admin/api-keys/{id}/revoke", Admins),
        Row("GET /api/v1/admin/company-details", Admins),
        Row("PUT /api/v1/admin/company-details", Admins),
        Row("GET /api/v1/staff/company-details/status", AnyRole),
        Row("GET /api/v1/staff/process-states", AnyRole),
        Row("GET /api/v1/staff/process-states/{id}", AnyRole),
        Row("GET /api/v1/admin/contact-profiles", Admins),
        Row("GET /api/v1/admin/audit", Managers),
        Row("GET /api/v1/admin/audit.csv", Managers),

        // Operators' keys: the admin scope only.
        Row("GET /api/v1/operations/jobs", AdminKey),
        Row("GET /api/v1/operations/jobs/{kind}", AdminKey),
        Row("GET /api/v1/operations/incidents", AdminKey),
        Row("POST /api/v1/operations/incidents/{id}/retry", AdminKey),
        Row("GET /api/v1/operations/executor", AdminKey),
        Row("GET /metrics", AdminKey) with { OutsideDocument = true },

        // Camunda external-task workers: keys only; a staff cookie is not read here (401).
        KeysOnly("POST /engine-rest/external-task/fetchAndLock", WorkerKeys),
        KeysOnly("POST /engine-rest/external-task/{id}/complete", WorkerKeys),
        KeysOnly("POST /engine-rest/external-task/{id}/failure", WorkerKeys),
        KeysOnly("POST /engine-rest/external-task/{id}/bpmnError", WorkerKeys),
        KeysOnly("POST /engine-rest/external-task/{id}/extendLock", WorkerKeys),
        KeysOnly("POST /engine-rest/external-task/{id}/unlock", WorkerKeys),
        KeysOnly("GET /engine-rest/external-task", WorkerKeys),
        KeysOnly("GET /engine-rest/external-task/count", WorkerKeys),
        KeysOnly("GET /engine-rest/external-task/{id}", WorkerKeys),
    ];

    private const string Finance = "fina@matrix.test";
    private const string Junior = "june@matrix.test";
    private const string OtherJunior = "otto@matrix.test";
    private const string Manager = "mario@matrix.test";

    /// <summary>The staff accounts the object-level rows sign in as: e-mail, role, candidate group.</summary>
    public static IReadOnlyList<(string Email, string Role, string Group)> ObjectAccounts { get; } =
    [
        (Finance, StaffRoles.Finance, Staff.InboxTestData.Finance),
        (Junior, StaffRoles.Collector, Staff.InboxTestData.Junior),
        (OtherJunior, StaffRoles.Collector, Staff.InboxTestData.Junior),
        (Manager, StaffRoles.Manager, "managers"),
    ];

    /// <summary>Object-level rows: the operation's <c>{id}</c> is the scenario's task.</summary>
    public static IReadOnlyList<ObjectMatrixRow> ObjectRows { get; } =
    [
        new("a task offered only to another group", ObjectScenario.FinanceOnlyApproval, Junior, "POST /api/v1/tasks/{id}/claim", "{}", 403, "task.not-offered"),
        new("a task offered only to another group", ObjectScenario.FinanceOnlyApproval, Junior, "POST /api/v1/inbox/{id}/claim", null, 403, "task.not-offered"),
        new("a task offered only to another group", ObjectScenario.FinanceOnlyApproval, Junior, "POST /api/v1/tasks/{id}/complete", "{}", 403, "task.not-offered"),
        new("a task offered only to another group", ObjectScenario.FinanceOnlyApproval, Junior, "POST /api/v1/inbox/{id}/complete", "{}", 403, "task.not-offered"),
        new("a finance-only approval is completed by finance", ObjectScenario.FinanceOnlyApproval, Finance, "POST /api/v1/inbox/{id}/complete", "{}", 204, null),
        new("another user's task", ObjectScenario.ClaimedByAnotherCollector, Junior, "POST /api/v1/tasks/{id}/claim", "{}", 409, "task.assigned-to-other"),
        new("another user's task", ObjectScenario.ClaimedByAnotherCollector, Junior, "POST /api/v1/inbox/{id}/claim", null, 409, "task.assigned-to-other"),
        new("another user's task", ObjectScenario.ClaimedByAnotherCollector, Junior, "POST /api/v1/tasks/{id}/complete", "{}", 409, "task.assigned-to-other"),
        new("another user's task", ObjectScenario.ClaimedByAnotherCollector, Junior, "POST /api/v1/inbox/{id}/complete", "{}", 409, "task.assigned-to-other"),
        new("another user's task", ObjectScenario.ClaimedByAnotherCollector, Junior, "POST /api/v1/inbox/{id}/unclaim", null, 403, "task.not-assignee"),
        new("delegation by a non-manager", ObjectScenario.OfferedToJuniors, Junior, "POST /api/v1/inbox/{id}/delegate", $$"""{"userId":"{{OtherJunior}}"}""", 403, "task.delegate-forbidden"),
        new("delegation by a non-manager", ObjectScenario.OfferedToJuniors, Junior, "POST /api/v1/tasks/{id}/claim", $$"""{"userId":"{{OtherJunior}}"}""", 403, "task.delegate-forbidden"),
        new("delegation by a non-manager", ObjectScenario.FinanceOnlyApproval, Finance, "POST /api/v1/tasks/{id}/claim", $$"""{"userId":"{{Manager}}"}""", 403, "task.delegate-forbidden"),
        new("delegation by a manager", ObjectScenario.OfferedToJuniors, Manager, "POST /api/v1/inbox/{id}/delegate", $$"""{"userId":"{{OtherJunior}}"}""", 204, null),
        new("delegation to someone the task is not offered to", ObjectScenario.FinanceOnlyApproval, Manager, "POST /api/v1/inbox/{id}/delegate", $$"""{"userId":"{{Junior}}"}""", 403, "task.not-offered"),
        new("an API key without the admin scope", ObjectScenario.OfferedToJuniors, Key(DomainApiScopes.CasesWrite), "POST /api/v1/tasks/{id}/claim", "{}", 403, null),
    ];

    /// <summary>The row of <paramref name="operation"/>, or null when the table lacks one.</summary>
    public static MatrixRow? Find(string operation) => Rows.FirstOrDefault(r => r.Operation == operation);

    private static MatrixRow Row(string operation, IEnumerable<string> allowed) => new(operation, allowed.ToHashSet(), new HashSet<string>());

    private static MatrixRow Public(string operation) => new(operation, Principals.ToHashSet(), new HashSet<string>(), Public: true);

    /// <summary>Keys only: a staff cookie is not even read, so signed-in staff are anonymous here (401).</summary>
    private static MatrixRow KeysOnly(string operation, IEnumerable<string> allowed) => new(operation, allowed.ToHashSet(), AnyRole.ToHashSet());

    /// <summary>An integrator endpoint: the scope's key, the admin key, and the roles standing for the scope.</summary>
    private static IEnumerable<string> Scope(string scope) =>
        [Key(scope), Key(ApiScopes.Admin), .. DomainScopeRequirement.RolesFor(scope).Select(Role)];
}
