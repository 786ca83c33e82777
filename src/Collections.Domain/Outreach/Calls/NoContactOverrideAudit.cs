using Collections.Domain.Persistence;

namespace Collections.Domain.Outreach.Calls;

/// <summary>The default <see cref="IContactOverrideAudit"/>: the attempt itself keeps the rule and reason; nothing more is written.</summary>
internal sealed class NoContactOverrideAudit : IContactOverrideAudit
{
    public void OnContactOutsideRules(DomainDbContext db, ContactOverride entry)
    {
    }
}
