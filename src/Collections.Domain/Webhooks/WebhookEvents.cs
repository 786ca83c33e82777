namespace Collections.Domain.Webhooks;

/// <summary>Event types a subscription can name; persisted and sent as <c>type</c>.</summary>
public static class WebhookEvents
{
    public const string CaseOpened = "case.opened";
    public const string CaseStageChanged = "case.stage_changed";

    /// <summary>A user task of a case's process opened (<see cref="TaskWebhookListener"/>, in the engine step's transaction).</summary>
    public const string TaskCreated = "task.created";

    /// <summary>A user task of a case's process was completed, with who completed it and the submitted variables.</summary>
    public const string TaskCompleted = "task.completed";

    public const string PromiseCreated = "promise.created";
    public const string PromiseBroken = "promise.broken";
    public const string PaymentApplied = "payment.applied";
    public const string DisputeOpened = "dispute.opened";
    public const string DisputeResolved = "dispute.resolved";
    public const string CaseClosed = "case.closed";
    public const string ServiceSuspensionRequested = "service.suspension_requested";

    /// <summary>The playbook restores a suspended service (topic <c>restore-service</c>); added to the original event list so integrators hear it.</summary>
    public const string ServiceRestoreRequested = "service.restore_requested";

    /// <summary>Hand-overs the playbook announces through topic <c>notify-webhook</c> (docs/playbook.md).</summary>
    public const string CaseSentToLegal = "case.sent_to_legal";

    public const string CaseSentToAgency = "case.sent_to_agency";

    public const string CaseWrittenOff = "case.written_off";

    /// <summary>Subscribes to every event.</summary>
    public const string Wildcard = "*";

    public static IReadOnlyList<string> All { get; } =
    [
        CaseOpened, CaseStageChanged, TaskCreated, TaskCompleted, PromiseCreated, PromiseBroken, PaymentApplied,
        DisputeOpened, DisputeResolved, CaseClosed, ServiceSuspensionRequested, ServiceRestoreRequested,
        CaseSentToLegal, CaseSentToAgency, CaseWrittenOff,
    ];
}
