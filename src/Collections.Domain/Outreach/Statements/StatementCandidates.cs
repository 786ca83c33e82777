using Collections.Domain.Work;
using Collections.Engine.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Outreach.Statements;

/// <summary>
/// The debtor's other open cases whose reminder step on the same topic waits now (an external task exists for it):
/// read before the statement's transaction, since engine reads use their own connection. The transaction then drops
/// any that already has an intent or fails the send-time check.
/// </summary>
public sealed class StatementCandidates(DomainWork work, IProcessQueries queries, SendStepInputs inputs, IOptions<StatementOptions> options)
{
    public async Task<IReadOnlyList<StatementCandidate>> FindAsync(Guid caseId, string topic, CancellationToken cancellationToken)
    {
        List<(Guid CaseId, Guid ProcessInstanceId)> others;
        await using (var db = work.Read())
        {
            var debtorId = await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.DebtorId).SingleOrDefaultAsync(cancellationToken);
            if (debtorId is null) return [];
            var rows = await db.Cases.Where(c => c.DebtorId == debtorId && c.Id != caseId && c.ProcessInstanceId != null)
                .Select(c => new { c.Id, c.ProcessInstanceId, c.Status, c.OpenedAt }).ToListAsync(cancellationToken);
            others = rows.Where(c => c.Status == Cases.CaseStatuses.Open).OrderBy(c => c.OpenedAt).Select(c => (c.Id, c.ProcessInstanceId!.Value)).ToList();
        }

        var found = new List<StatementCandidate>();
        foreach (var (otherCase, processInstanceId) in others)
        {
            var tasks = await queries.ListExternalTasksAsync(new ExternalTaskQuery(TopicName: topic, RootInstanceId: processInstanceId), cancellationToken);
            foreach (var task in tasks)
            {
                if (await inputs.GetAsync(task.DefinitionId, task.ActivityId, cancellationToken) is not { } input) continue;
                if (input.Recipients != "debtor" || !options.Value.Templates.Contains(input.Template, StringComparer.OrdinalIgnoreCase)) continue;
                found.Add(new StatementCandidate(otherCase, task.ProcessInstanceId, task.ActivityInstanceId, task.Id, input.Template));
            }
        }

        return found;
    }
}
