using System.Text.Json;
using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Outreach.Contactability;
using Collections.Domain.Outreach.Policy;
using Collections.Domain.Persistence;

namespace Collections.Domain.Outreach.Calls;

/// <summary>
/// Manual calls and visits obey the contact rules too: before an outcome is recorded the policy judges the contact at
/// that moment with the debtor's history. Outside the rules it needs a reason (<see cref="OverrideReasonVariable"/>),
/// which the attempt keeps with the rule; the audit hook hears of it.
/// </summary>
public sealed class ContactRulesGuard(ContactPolicy policy, IContactOverrideAudit audit)
{
    /// <summary>The completion variable with the reason for recording a contact outside the rules.</summary>
    public const string OverrideReasonVariable = "contactOverrideReason";

    /// <summary>Throws <see cref="ContactOutsideRulesException"/> when the contact breaks a rule and no reason is given; else the rule broken, if any.</summary>
    internal async Task<ContactRule?> CheckAsync(
        DomainDbContext db, Case @case, Debtor debtor, string channel, DateTimeOffset at, string? overrideReason, CancellationToken cancellationToken)
    {
        var history = await ContactHistory.ReadAsync(db, @case, at, cancellationToken);
        var decision = policy.Decide(history.RequestFor(channel, debtor, at));
        if (decision is ContactDecision.Allowed || decision.Rule is not { } rule) return null;
        if (string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new ContactOutsideRulesException(channel, rule, decision is ContactDecision.DeferredUntil { Reason: not ContactReasons.DisputeOpen } d ? d.Until : null);
        }

        return rule;
    }

    /// <summary>Marks <paramref name="attempt"/> as made outside <paramref name="rule"/> and tells the audit hook.</summary>
    internal void RecordOverride(DomainDbContext db, ContactAttempt attempt, ContactRule rule, string reason)
    {
        attempt.MarkOutsideRules(rule.Code, JsonSerializer.Serialize(rule.Arguments), reason.Trim());
        audit.OnContactOutsideRules(db, new ContactOverride(attempt.CaseId, attempt.Id, attempt.Channel, attempt.By, attempt.At, rule, reason.Trim()));
    }
}
