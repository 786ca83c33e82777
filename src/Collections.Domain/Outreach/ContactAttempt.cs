using Collections.Domain.Validation;

namespace Collections.Domain.Outreach;

/// <summary>One try to reach the debtor: channel, direction (outbound/inbound), outcome, reason code, notes, who and when.</summary>
public sealed class ContactAttempt
{
    private ContactAttempt()
    {
        Channel = Direction = Outcome = By = string.Empty;
    }

    public ContactAttempt(Guid id, Guid caseId, string channel, string direction, string outcome, string? reasonCode, string? notes, string by, DateTimeOffset at)
        : this()
    {
        (Id, CaseId, At) = (id, caseId, at);
        Channel = Check.Text(channel, "channel", 20);
        direction = Check.Text(direction, "direction", 10);
        Direction = direction is "outbound" or "inbound" ? direction : throw new Errors.DomainValidationException("contact.direction", "direction", "Use 'outbound' or 'inbound'.");
        Outcome = Check.Text(outcome, "outcome", 40);
        ReasonCode = Check.OptionalText(reasonCode, "reasonCode", 60);
        Notes = Check.OptionalMultilineText(notes, "notes", 4000);
        By = Check.Text(by, "by", 100);
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string Channel { get; private set; }

    public string Direction { get; private set; }

    /// <summary>e.g. <c>reached</c>, <c>no-answer</c>, <c>left-message</c>, <c>bounced</c>.</summary>
    public string Outcome { get; private set; }

    public string? ReasonCode { get; private set; }

    public string? Notes { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The contact rule this attempt broke (a <c>ContactReasons</c> code), when staff recorded it anyway.</summary>
    public string? OverrideRule { get; private set; }

    /// <summary>That rule's arguments as a JSON object of strings (window, date, cap...), for rendering in the reader's language.</summary>
    public string? OverrideArguments { get; private set; }

    /// <summary>Why staff went ahead outside the rules, in their words.</summary>
    public string? OverrideReason { get; private set; }

    /// <summary>Records that this attempt was made outside the contact rules, which rule, and the reason given.</summary>
    public void MarkOutsideRules(string rule, string argumentsJson, string reason)
    {
        OverrideRule = Check.Text(rule, "rule", 60);
        OverrideArguments = Check.Text(argumentsJson, "ruleArguments", 1000);
        OverrideReason = Check.Text(reason, Calls.ContactRulesGuard.OverrideReasonVariable, 500);
    }

    /// <summary>A provider's later report on an outbound message (delivered, bounced, ...) becomes the attempt's outcome.</summary>
    public void ReportDelivery(string outcome) => Outcome = Check.Text(outcome, "outcome", 40);
}
