using System.Text.RegularExpressions;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Apis.Staff.ProcessStates;

/// <summary>
/// Reads process instances with their cases and what they wait for. A closed case's process may still wait (a receipt
/// held outside contact hours): the wait says until when and why, read from the engine's own records: a deferred
/// send step's error message (<c>Deferred (outside-hours) until …</c>, written by the outreach worker) and lock expiry,
/// a timer job's due date, an open user task.
/// </summary>
public sealed partial class ProcessStateReader(IProcessQueries queries, DomainWork work)
{
    /// <summary>At most this many active instances on the list (the staff list's page).</summary>
    public const int MaxInstances = 200;

    public async Task<IReadOnlyList<ProcessStateDto>> ListActiveAsync(CancellationToken cancellationToken)
    {
        var instances = await queries.ListInstancesAsync(new InstanceQuery(Status: ProcessInstanceStatus.Active, Take: MaxInstances), cancellationToken);
        return await StatesAsync(instances, cancellationToken);
    }

    public async Task<ProcessStateDto?> GetAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await queries.GetInstanceAsync(instanceId, cancellationToken) is { } instance ? (await StatesAsync([instance], cancellationToken))[0] : null;

    private async Task<IReadOnlyList<ProcessStateDto>> StatesAsync(IReadOnlyList<ProcessInstanceInfo> instances, CancellationToken cancellationToken)
    {
        var ids = instances.Select(i => i.Id).ToList();
        await using var db = work.Read();
        var cases = (await db.Cases.Where(c => c.ProcessInstanceId != null && ids.Contains(c.ProcessInstanceId.Value))
            .Select(c => new { c.Id, c.ProcessInstanceId, c.Status, c.Outcome, c.ClosedAt }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.ProcessInstanceId!.Value);
        var texts = new Dictionary<Guid, ProcessTexts?>();
        var result = new List<ProcessStateDto>(instances.Count);
        foreach (var instance in instances)
        {
            if (!texts.TryGetValue(instance.DefinitionId, out var processTexts))
            {
                texts[instance.DefinitionId] = processTexts = await queries.GetProcessTextsAsync(instance.DefinitionId, cancellationToken);
            }

            var found = cases.GetValueOrDefault(instance.Id);
            var waits = instance.Status == ProcessInstanceStatus.Active ? await WaitsAsync(instance, processTexts, cancellationToken) : [];
            result.Add(new ProcessStateDto(instance.Id, instance.BusinessKey, instance.DefinitionKey, instance.DefinitionVersion, instance.Status.ToString(),
                instance.StartedAt, found?.Id, found?.Status, found?.Outcome, found?.ClosedAt, waits, processTexts?.Names,
                processTexts?.Activities.ToDictionary(a => a.Key, a => a.Value.Names, StringComparer.Ordinal)));
        }

        return result;
    }

    private async Task<IReadOnlyList<ProcessWaitDto>> WaitsAsync(ProcessInstanceInfo instance, ProcessTexts? texts, CancellationToken cancellationToken)
    {
        var external = await queries.ListExternalTasksAsync(new ExternalTaskQuery(ProcessInstanceId: instance.Id), cancellationToken);
        var jobs = await queries.ListJobsAsync(new JobQuery(ProcessInstanceId: instance.Id), cancellationToken);
        var tasks = await queries.ListUserTasksAsync(new UserTaskQuery(ProcessInstanceId: instance.Id), cancellationToken);
        var names = (await queries.ListActivityHistoryAsync(instance.Id, cancellationToken))
            .GroupBy(a => a.ActivityId).ToDictionary(g => g.Key, g => g.Last().ActivityName);
        var waits = new List<ProcessWaitDto>();
        foreach (var id in instance.WaitingActivityIds.Distinct(StringComparer.Ordinal))
        {
            var name = names.GetValueOrDefault(id);
            var translated = texts?.Activities.GetValueOrDefault(id)?.Names;
            if (external.FirstOrDefault(e => e.ActivityId == id) is { } step)
            {
                waits.Add(Deferred().Match(step.ErrorMessage ?? "") is { Success: true } m
                    ? new ProcessWaitDto("deferred", id, name, step.LockExpiresAt, m.Groups["reason"].Value, translated)
                    : new ProcessWaitDto("external", id, name, null, null, translated));
            }
            else if (jobs.FirstOrDefault(j => j.ActivityId == id) is { } job)
            {
                waits.Add(new ProcessWaitDto("timer", id, name, job.DueAt, null, translated));
            }
            else if (tasks.Any(t => t.TaskDefinitionKey == id))
            {
                waits.Add(new ProcessWaitDto("task", id, name, null, null, translated));
            }
            else
            {
                waits.Add(new ProcessWaitDto("other", id, name, null, null, translated));
            }
        }

        return waits;
    }

    /// <summary>The outreach worker's failure text for a deferral (ExternalTaskWorker): the reason in parentheses.</summary>
    [GeneratedRegex(@"^Deferred \((?<reason>[^)]+)\) until ")]
    private static partial Regex Deferred();
}
