using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Statements;
using Collections.Domain.Outreach.Templates;
using Collections.Domain.Work;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Outreach.Workers;

/// <summary>Topic <c>send-email</c>: the task's template as an e-mail (text and HTML) to the debtor or the alternate contacts.</summary>
public sealed class SendEmailHandler(
    TemplateRenderer renderer, ContactPolicy policy, IOutreachContacts contacts, IOutreachLog log, TimeProvider time, IEmailSender sender,
    IOutreachIntents? intents = null, ICrashPoints? crashPoints = null, IOptions<OutreachWorkerOptions>? options = null,
    IOptions<StatementOptions>? statements = null, Company.ICompanyDetailsSource? company = null)
    : OutreachSendHandler(renderer, policy, contacts, log, time, intents, crashPoints, options, statements, company)
{
    public override string Topic => "send-email";

    protected override string Channel => "email";

    protected override string Provider => sender.Provider;

    protected override string StatementTemplate(StatementOptions options) => options.EmailTemplate;

    /// <summary>The footer closes the text (and so the HTML made from it), after a blank line.</summary>
    protected override RenderedMessage AppendFooter(RenderedMessage message, string footer) =>
        message with { Body = message.Body.TrimEnd() + "\n\n" + footer + "\n" };

    protected override Task<string> SendAsync(IReadOnlyList<string> addresses, RenderedMessage message, string reference, Guid? caseId, CancellationToken cancellationToken) =>
        sender.SendAsync(new EmailMessage(addresses, message.Subject, message.Body, reference, message.Html, caseId), cancellationToken);

    protected override Task<ProviderLookup> LookupAsync(string reference, CancellationToken cancellationToken) => sender.LookupAsync(reference, cancellationToken);
}
