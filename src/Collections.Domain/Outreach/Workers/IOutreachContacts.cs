using Collections.Engine.Api;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// Looks up the recipients and contact facts of a task's case. The recipients argument is the task's
/// <c>recipients</c> input: <c>debtor</c> or <c>alternate-contacts</c>.
/// </summary>
public interface IOutreachContacts
{
    Task<OutreachContactFacts> GetAsync(LockedExternalTask task, string channel, string recipients, CancellationToken cancellationToken);
}
