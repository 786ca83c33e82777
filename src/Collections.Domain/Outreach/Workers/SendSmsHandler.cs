using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Sms;
using Collections.Domain.Outreach.Templates;

namespace Collections.Domain.Outreach.Workers;

/// <summary>Topic <c>send-sms</c>: the template's subject line is the text (SMS templates keep the message in it), to the first number.</summary>
public sealed class SendSmsHandler(
    TemplateRenderer renderer, ContactPolicy policy, IOutreachContacts contacts, IOutreachLog log, TimeProvider time, ISmsSender sender)
    : OutreachSendHandler(renderer, policy, contacts, log, time)
{
    public override string Topic => "send-sms";

    protected override string Channel => "sms";

    protected override string Provider => sender.Provider;

    protected override IReadOnlyList<string> SentTo(IReadOnlyList<string> addresses) => [addresses[0]];

    protected override Task<string> SendAsync(IReadOnlyList<string> addresses, RenderedMessage message, string reference, Guid? caseId, CancellationToken cancellationToken) =>
        sender.SendAsync(new SmsMessage(addresses[0], message.Subject, reference, caseId), cancellationToken);
}
