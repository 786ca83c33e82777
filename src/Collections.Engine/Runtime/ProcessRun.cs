using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.State;

namespace Collections.Engine.Runtime;

/// <summary>One process instance loaded into a command: its row, its document and its definition.</summary>
internal sealed class ProcessRun(ProcessInstanceRecord record, InstanceState state, DeployedDefinition definition, bool isNew)
{
    public ProcessInstanceRecord Record { get; } = record;

    public InstanceState State { get; } = state;

    public DeployedDefinition Definition { get; private set; } = definition;

    public ProcessModel Model => Definition.Model;

    public bool IsNew { get; } = isNew;

    public Guid Id => Record.Id;

    public bool IsActive => Record.Status == InstanceStatuses.Active;

    /// <summary>Side rows of ended activity instances to delete at commit, by kind.</summary>
    public Dictionary<SideRows, List<string>> EndedSideRows { get; } = [];

    /// <summary>Instance migration: the instance runs <paramref name="target"/> from now on.</summary>
    public void MigrateTo(DeployedDefinition target)
    {
        Definition = target;
        Record.DefinitionId = target.Id;
        Record.DefinitionKey = target.Key;
        Record.DefinitionVersion = target.Version;
    }

    public FlowNode NodeOf(ActivityInstanceState ai) => Model.GetNode(ai.ActivityId);
}
