using Collections.Domain.Company;
using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Statements;
using Collections.Domain.Outreach.Templates;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// The shared steps of <c>send-email</c> and <c>send-sms</c>: already sent for this activity instance? complete with
/// that message id. Otherwise ask the contact policy (opt-out: complete with <c>contactSkipped</c>; not now: defer),
/// render the task's <c>template</c> in the debtor's language (with the profile's opt-out footer), commit the send
/// intent (which re-reads the facts that stop a message, and may make this step send the debtor's statement of the day
/// or find it covered by one), send with the intent's reference, record, complete with <c>messageId</c>. A retry that finds an
/// intent without an outcome reconciles (docs/architecture.md, "Exactly-once outreach"): never a blind second send.
/// </summary>
public abstract class OutreachSendHandler(
    TemplateRenderer renderer, ContactPolicy policy, IOutreachContacts contacts, IOutreachLog log, TimeProvider time,
    IOutreachIntents? intents = null, ICrashPoints? crashPoints = null, IOptions<OutreachWorkerOptions>? options = null,
    IOptions<StatementOptions>? statements = null, ICompanyDetailsSource? company = null) : IExternalTaskHandler
{
    public const string MessageIdVariable = "messageId";
    public const string ContactSkippedVariable = "contactSkipped";
    public const string NoRecipient = "no-recipient";

    /// <summary>The reason a held step's external task shows (<c>Deferred (delivery-uncertain) until …</c>).</summary>
    public const string DeliveryUncertain = "delivery-uncertain";

    /// <summary>The reason a step waiting for company details shows (<c>Deferred (company-details-missing) until …</c>).</summary>
    public const string CompanyDetailsMissing = "company-details-missing";

    private readonly IOutreachIntents _intents = intents ?? new UnguardedOutreachIntents(log);
    private readonly ICrashPoints _crash = crashPoints ?? NoCrashPoints.Instance;
    private readonly TimeSpan _recheck = (options?.Value ?? new OutreachWorkerOptions()).UncertainRecheckInterval;
    private readonly TimeSpan _companyRecheck = (options?.Value ?? new OutreachWorkerOptions()).CompanyDetailsRecheckInterval;
    private readonly ICompanyDetailsSource _company = company ?? renderer.Configured;
    private readonly StatementOptions _statements = statements?.Value ?? new StatementOptions();

    public abstract string Topic { get; }

    /// <summary>The channel the contact policy judges (<c>email</c>, <c>sms</c>).</summary>
    protected abstract string Channel { get; }

    /// <summary>One of <see cref="OutreachProviders"/>: the sender in use.</summary>
    protected abstract string Provider { get; }

    public async Task<TaskOutcome> HandleAsync(LockedExternalTask task, CancellationToken cancellationToken)
    {
        var info = task.Task;
        if (await log.FindAsync(info.ProcessInstanceId, info.ActivityInstanceId, cancellationToken) is { } sent)
        {
            return Completed(MessageIdVariable, sent.MessageId); // sent before a crash or an expired lock: never twice
        }

        var variables = TaskVariables.ToClr(task);
        var recipients = TaskVariables.Text(variables, "recipients") ?? "debtor";
        var facts = await contacts.GetAsync(task, Channel, recipients, cancellationToken);
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        OutreachModel.Apply(variables, facts, now);
        var caseId = OutreachModel.CaseId(variables, facts);
        var key = TaskVariables.Text(variables, "template");
        var decision = policy.Decide(new ContactRequest(Channel, TaskVariables.Text(variables, "debtorCountry"), TaskVariables.Text(variables, "debtorTimeZone"), now,
            facts.DisputeOpen, facts.OptedOutChannels, facts.RecentCalls, facts.LastConversationAt, facts.History));
        switch (decision)
        {
            case ContactDecision.Refused refused:
                return await SkippedAsync(Request(info, caseId, [], key, null, null, now), refused.Reason, cancellationToken);
            case ContactDecision.DeferredUntil deferred:
                return new TaskOutcome.Defer(deferred.Until, deferred.Reason)
                {
                    Deferral = new Deferrals.ContactDeferral(caseId, Channel, key, TaskVariables.Text(variables, "debtorTimeZone"), deferred.Rule),
                };
        }

        if (facts.Addresses.Count == 0) return await SkippedAsync(Request(info, caseId, [], key, null, null, now), NoRecipient, cancellationToken);
        if (key is null) throw new TemplateRenderException(TemplateRenderException.Invalid, info.ActivityId, "the task has no 'template' input parameter.");
        var country = TaskVariables.Text(variables, "debtorCountry");
        var consolidate = recipients == "debtor" && caseId is not null && policy.ConsolidatesStatements(country)
            && _statements.Templates.Contains(key, StringComparer.OrdinalIgnoreCase);
        var details = await _company.GetAsync(cancellationToken);
        var missing = renderer.MissingCompanyFields(key, variables, details)
            .Union(consolidate ? renderer.MissingCompanyFields(StatementTemplate(_statements), variables, details) : []).ToList();
        if (missing.Count > 0)
        {
            // Before any intent: nothing is promised, the step simply looks again later (docs/architecture.md, "Company details").
            return new TaskOutcome.Defer(now + Duration.FromTimeSpan(_companyRecheck), CompanyDetailsMissing)
            {
                CompanyWait = new CompanyDetailsWait(caseId, Channel, key, missing),
            };
        }

        var message = WithFooter(renderer.Render(key, variables, details), country);
        var addresses = SentTo(facts.Addresses);
        var request = Request(info, caseId, addresses, key, message.Language, message.Subject, now) with { Consolidate = consolidate };
        RenderedMessage Message(IReadOnlyList<StatementItem>? lines) => lines is null ? message : WithFooter(RenderStatement(lines, variables, details), country);
        Func<string, OutreachSend> Record(RenderedMessage sent) => messageId => new(info.ProcessInstanceId, info.ActivityInstanceId, Topic, messageId, now,
            caseId, Channel, Provider, addresses, sent.TemplateKey, sent.Language, sent.Subject);

        switch (await _intents.BeginAsync(request, cancellationToken))
        {
            case IntentDecision.Done done:
                return Completed(MessageIdVariable, done.MessageId);
            case IntentDecision.Skip skip:
                return Completed(ContactSkippedVariable, skip.Reason);
            case IntentDecision.Defer defer:
                return new TaskOutcome.Defer(defer.Until, defer.Reason);
            case IntentDecision.Hold:
                return Held(now);
            case IntentDecision.Reconcile reconcile:
                switch (await LookupAsync(reconcile.Reference, cancellationToken))
                {
                    case ProviderLookup.Found found:
                        await _intents.ConfirmAsync(reconcile.IntentId, Record(Message(reconcile.Statement))(found.MessageId), cancellationToken);
                        return Completed(MessageIdVariable, found.MessageId);
                    case var lookup when lookup != ProviderLookup.NotSent:
                        await _intents.HoldAsync(reconcile.IntentId, DeliveryUncertain, cancellationToken);
                        return Held(now);
                }

                var again = Message(reconcile.Statement); // a statement is rendered from its stored lines: the same text as before the crash
                return await SendAsync(addresses, again, reconcile.IntentId, reconcile.Reference, caseId, Record(again), cancellationToken);
            case IntentDecision.Send send:
                var outgoing = Message(send.Statement);
                return await SendAsync(addresses, outgoing, send.IntentId, send.Reference, caseId, Record(outgoing), cancellationToken);
            default:
                throw new InvalidOperationException("Unknown intent decision.");
        }
    }

    /// <summary>The statement template of this channel with the listed invoices (docs/architecture.md, "One statement per debtor").</summary>
    protected abstract string StatementTemplate(StatementOptions options);

    /// <summary>
    /// The opt-out line the debtor's contact profile requires (docs/playbook.md, "Contact rules"), in the message's
    /// language, appended here so no template can forget it.
    /// </summary>
    protected abstract RenderedMessage AppendFooter(RenderedMessage message, string footer);

    private RenderedMessage WithFooter(RenderedMessage message, string? country) =>
        policy.FooterFor(country, message.Language) is { } footer ? AppendFooter(message, footer) : message;

    private RenderedMessage RenderStatement(IReadOnlyList<StatementItem> lines, IReadOnlyDictionary<string, object?> variables, CompanyDetailsValues details) =>
        renderer.Render(StatementTemplate(_statements), StatementModel.Variables(lines, variables), details);

    /// <summary>The addresses the message actually goes to (all for e-mail, the first for SMS).</summary>
    protected virtual IReadOnlyList<string> SentTo(IReadOnlyList<string> addresses) => addresses;

    protected abstract Task<string> SendAsync(IReadOnlyList<string> addresses, RenderedMessage message, string reference, Guid? caseId, CancellationToken cancellationToken);

    /// <summary>Whether the sender itself can tell that <paramref name="reference"/> left before a crash.</summary>
    protected abstract Task<ProviderLookup> LookupAsync(string reference, CancellationToken cancellationToken);

    private async Task<TaskOutcome> SendAsync(
        IReadOnlyList<string> addresses, RenderedMessage message, Guid? intentId, string reference, Guid? caseId,
        Func<string, OutreachSend> record, CancellationToken cancellationToken)
    {
        _crash.Reached(CrashPoint.BeforeProviderCall);
        var messageId = await SendAsync(addresses, message, reference, caseId, cancellationToken);
        _crash.Reached(CrashPoint.AfterProviderCall);
        await _intents.SentAsync(intentId, record(messageId), cancellationToken);
        _crash.Reached(CrashPoint.AfterRecord);
        return Completed(MessageIdVariable, messageId);
    }

    private async Task<TaskOutcome> SkippedAsync(SendIntentRequest request, string reason, CancellationToken cancellationToken)
    {
        await _intents.SkipAsync(request, reason, cancellationToken);
        return Completed(ContactSkippedVariable, reason);
    }

    private SendIntentRequest Request(ExternalTaskInfo info, Guid? caseId, IReadOnlyList<string> addresses, string? key, string? language, string? subject, Instant now) =>
        new(info.ProcessInstanceId, info.ActivityInstanceId, info.Id, Topic, Channel, Provider, caseId, addresses, key, language, subject, now);

    /// <summary>Uncertain: the step waits (retries unchanged) and is looked at again after the recheck interval.</summary>
    private TaskOutcome.Defer Held(Instant now) => new(now + Duration.FromTimeSpan(_recheck), DeliveryUncertain);

    private static TaskOutcome.Complete Completed(string name, string value) => new(new Dictionary<string, object?> { [name] = value });
}
