using Collections.Domain.Outreach.Calls;
using Collections.Domain.Persistence;

namespace Collections.Server.Audit;

/// <summary>
/// A call or visit recorded outside the contact rules with an override reason becomes an audit entry
/// (<see cref="AuditActions.ContactOverride"/>): the hook runs inside the recording's unit of work, so the entry is
/// written in that transaction by the trail's before-commit listener, and a refused recording writes none. Who comes
/// from the request's principal, like every audit entry; the details keep the rule, its arguments and the reason.
/// </summary>
internal sealed class AuditedContactOverrides(IAuditTrail trail) : IContactOverrideAudit
{
    public void OnContactOutsideRules(DomainDbContext db, ContactOverride entry) =>
        // Not disposed: the handle lives until the request's scope ends, so the commit of this unit of work takes it.
        _ = trail.Record(AuditActions.ContactOverride, $"contact-attempt:{entry.AttemptId}", entry.CaseId, new
        {
            entry.Channel,
            rule = entry.Rule.Code,
            ruleArguments = entry.Rule.Arguments,
            profile = entry.Rule.Profile,
            entry.Reason,
            recordedBy = entry.By,
        });
}
