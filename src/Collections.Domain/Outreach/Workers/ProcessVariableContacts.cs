using Collections.Engine.Api;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// The default <see cref="IOutreachContacts"/>: reads the facts from process variables (<c>debtorEmail</c>,
/// <c>debtorPhone</c>, <c>alternateContactEmails</c>, <c>alternateContactPhones</c>, <c>optOutChannels</c>,
/// <c>disputeOpen</c>), so the workers run on any process. The domain replaces it with one that reads its debtors,
/// disputes and contact attempts (register your own <see cref="IOutreachContacts"/> before <c>AddCollectionsOutreach</c>).
/// </summary>
public sealed class ProcessVariableContacts : IOutreachContacts
{
    public Task<OutreachContactFacts> GetAsync(LockedExternalTask task, string channel, string recipients, CancellationToken cancellationToken)
    {
        var variables = TaskVariables.ToClr(task);
        var alternate = recipients == "alternate-contacts";
        var addresses = channel switch
        {
            "sms" => alternate ? TaskVariables.List(variables, "alternateContactPhones") : TaskVariables.List(variables, "debtorPhone"),
            _ => alternate ? TaskVariables.List(variables, "alternateContactEmails") : TaskVariables.List(variables, "debtorEmail"),
        };
        var optOuts = TaskVariables.List(variables, "optOutChannels").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Task.FromResult(new OutreachContactFacts(addresses, optOuts, TaskVariables.Flag(variables, "disputeOpen"), [], null));
    }
}
