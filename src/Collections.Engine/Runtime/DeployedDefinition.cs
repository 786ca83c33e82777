using Collections.Engine.Model;

namespace Collections.Engine.Runtime;

/// <summary>A stored definition with its parsed model and the caches built from it (never rebuilt per step).</summary>
internal sealed class DeployedDefinition(Guid id, string key, int version, ProcessModel model)
{
    private Reachability? _reachability;
    private Api.ProcessTexts? _texts;

    public Guid Id { get; } = id;

    public string Key { get; } = key;

    public int Version { get; } = version;

    public ProcessModel Model { get; } = model;

    /// <summary>Which nodes can reach which, for inclusive-gateway joins (BPMN 2.0.2 §13.4.3).</summary>
    public Reachability Reachability => _reachability ??= new Reachability(Model);

    /// <summary>Names per language and business stages, for lists that show where cases and tasks are.</summary>
    public Api.ProcessTexts Texts => _texts ??= Api.ProcessTexts.From(Id, Model);
}
