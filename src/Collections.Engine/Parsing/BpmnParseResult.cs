using Collections.Engine.Model;

namespace Collections.Engine.Parsing;

/// <summary>The processes of one BPMN file and every problem found in it.</summary>
public sealed record BpmnParseResult(IReadOnlyList<ProcessModel> Processes, IReadOnlyList<BpmnProblem> Problems)
{
    /// <summary>True when no problem is an error; warnings do not block deployment.</summary>
    public bool IsValid => Problems.All(p => p.Severity != BpmnProblemSeverity.Error);
}
