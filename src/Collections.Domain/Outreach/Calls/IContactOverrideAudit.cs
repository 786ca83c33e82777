using Collections.Domain.Persistence;

namespace Collections.Domain.Outreach.Calls;

/// <summary>
/// The audit trail's hook for contacts recorded outside the contact rules: called inside the unit of work that records
/// the attempt, so an audit row added to <c>db</c> commits or rolls back with it. The shipped implementation does
/// nothing; the audit trail registers its own before <c>AddCollectionsDomain</c>.
/// </summary>
public interface IContactOverrideAudit
{
    void OnContactOutsideRules(DomainDbContext db, ContactOverride entry);
}
