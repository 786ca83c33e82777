namespace Collections.Server.Audit;

/// <summary>
/// The audited actions' stable codes (persisted; never rename one). The staff UI translates each (<c>audit.action.*</c>
/// in <c>src/Collections.Web/src/i18n-audit.ts</c>); a code it does not know is shown as "other action".
/// </summary>
public static class AuditActions
{
    public const string DefinitionDeployed = "definition.deployed";
    public const string MigrationStarted = "migration.started";
    public const string InstanceStarted = "instance.started";
    public const string IncidentRetried = "incident.retried";
    public const string ExecutionTriggered = "execution.triggered";

    public const string TaskClaimed = "task.claimed";
    public const string TaskUnclaimed = "task.unclaimed";
    public const string TaskDelegated = "task.delegated";
    public const string TaskCompleted = "task.completed";
    public const string ExternalTaskCompleted = "external-task.completed";
    public const string ExternalTaskFailed = "external-task.failed";
    public const string ExternalTaskBpmnError = "external-task.bpmn-error";
    public const string SendStepConfirmed = "send-step.confirmed";
    public const string SendStepResent = "send-step.resend-requested";

    public const string DebtorCreated = "debtor.created";
    public const string DebtorUpserted = "debtor.upserted";
    public const string DebtorContactUpserted = "debtor.contact-upserted";
    public const string InvoiceCreated = "invoice.created";
    public const string InvoiceUpserted = "invoice.upserted";
    public const string PaymentApplied = "payment.applied";

    public const string CaseOpened = "case.opened";
    public const string CaseCanceled = "case.canceled";
    public const string CaseWrittenOff = "case.written-off";
    public const string ContactRecorded = "contact.recorded";

    /// <summary>A call or visit recorded outside the contact rules, with the collector's reason.</summary>
    public const string ContactOverride = "contact.override";
    public const string PromiseCreated = "promise.created";
    public const string DisputeOpened = "dispute.opened";
    public const string DisputeResolved = "dispute.resolved";
    public const string DisputeRejected = "dispute.rejected";
    public const string NegotiationRequested = "negotiation.requested";
    public const string PaymentPlanProposed = "payment-plan.proposed";
    public const string SettlementOfferProposed = "settlement-offer.proposed";

    public const string WebhookCreated = "webhook.created";
    public const string WebhookUpdated = "webhook.updated";
    public const string WebhookDeleted = "webhook.deleted";
    public const string WebhookRedelivered = "webhook.redelivered";

    public const string ApiKeyCreated = "api-key.created";
    public const string ApiKeyRevoked = "api-key.revoked";
    public const string UserCreated = "user.created";
    public const string UserPasswordChanged = "user.password-changed";
    public const string UserPasswordReset = "user.password-reset";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserRolesChanged = "user.roles-changed";
    public const string LanguageChanged = "settings.language-changed";

    /// <summary>An admin saved the company details the messages print (before and after in the details).</summary>
    public const string CompanyDetailsChanged = "settings.company-details-changed";
}
