namespace Collections.Engine.Api;

/// <summary>Read-only queries over definitions, instances, tasks, jobs, incidents and history. Never parses instance documents for filtering.</summary>
public interface IProcessQueries
{
    Task<IReadOnlyList<ProcessDefinitionInfo>> ListDefinitionsAsync(string? key, bool latestOnly, CancellationToken cancellationToken);

    Task<ProcessDefinitionInfo?> GetDefinitionAsync(Guid definitionId, CancellationToken cancellationToken);

    /// <summary>The BPMN XML exactly as deployed.</summary>
    /// <summary>The reader-facing names and business stages of a definition (<see cref="ProcessTexts"/>); null when unknown.</summary>
    Task<ProcessTexts?> GetProcessTextsAsync(Guid definitionId, CancellationToken cancellationToken);

    Task<string?> GetDefinitionXmlAsync(Guid definitionId, CancellationToken cancellationToken);

    /// <summary>
    /// Per activity of one definition: tokens waiting there and open incidents, counted in SQL over the side rows
    /// (user tasks, external tasks, jobs, message subscriptions, incidents). Activities with neither are left out.
    /// </summary>
    Task<IReadOnlyList<ActivityStatistics>> GetActivityStatisticsAsync(Guid definitionId, CancellationToken cancellationToken);

    Task<ProcessInstanceInfo?> GetInstanceAsync(Guid processInstanceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ProcessInstanceInfo>> ListInstancesAsync(InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>The instance's root-scope variables.</summary>
    Task<IReadOnlyDictionary<string, Variables.VariableValue>> GetVariablesAsync(Guid processInstanceId, CancellationToken cancellationToken);

    Task<UserTaskInfo?> GetUserTaskAsync(Guid taskId, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserTaskInfo>> ListUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<ExternalTaskInfo>> ListExternalTasksAsync(ExternalTaskQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<JobInfo>> ListJobsAsync(JobQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<IncidentInfo>> ListIncidentsAsync(IncidentQuery query, CancellationToken cancellationToken);

    /// <summary>Completed and running activity instances of one instance, in start order.</summary>
    Task<IReadOnlyList<HistoricActivityInfo>> ListActivityHistoryAsync(Guid processInstanceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<HistoricVariableInfo>> ListVariableHistoryAsync(Guid processInstanceId, CancellationToken cancellationToken);
}
