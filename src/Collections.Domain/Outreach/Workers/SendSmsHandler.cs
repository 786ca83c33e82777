using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Statements;
using Collections.Domain.Outreach.Sms;
using Collections.Domain.Outreach.Templates;
using Collections.Domain.Work;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Outreach.Workers;

/// <summary>Topic <c>send-sms</c>: the template's subject line is the text (SMS templates keep the message in it), to the first number.</summary>
public sealed class SendSmsHandler(
    TemplateRenderer renderer, ContactPolicy policy, IOutreachContacts contacts, IOutreachLog log, TimeProvider time, ISmsSender sender,
    IOutreachIntents? intents = null, ICrashPoints? crashPoints = null, IOptions<OutreachWorkerOptions>? options = null,
    IOptions<StatementOptions>? statements = null, Company.ICompanyDetailsSource? company = null)
    : OutreachSendHandler(renderer, policy, contacts, log, time, intents, crashPoints, options, statements, company)
{
    public override string Topic => "send-sms";

    protected override string Channel => "sms";

    protected override string Provider => sender.Provider;

    protected override IReadOnlyList<string> SentTo(IReadOnlyList<string> addresses) => [addresses[0]];

    protected override string StatementTemplate(StatementOptions options) => options.SmsTemplate;

    /// <summary>An SMS is its subject line: the footer follows it in the same text.</summary>
    protected override RenderedMessage AppendFooter(RenderedMessage message, string footer) =>
        message with { Subject = message.Subject.TrimEnd() + " " + footer };

    protected override Task<string> SendAsync(IReadOnlyList<string> addresses, RenderedMessage message, string reference, Guid? caseId, CancellationToken cancellationToken) =>
        sender.SendAsync(new SmsMessage(addresses[0], message.Subject, reference, caseId), cancellationToken);

    protected override Task<ProviderLookup> LookupAsync(string reference, CancellationToken cancellationToken) => sender.LookupAsync(reference, cancellationToken);
}
