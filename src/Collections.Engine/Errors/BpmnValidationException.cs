using Collections.Engine.Parsing;

namespace Collections.Engine.Errors;

/// <summary>A deployment was refused: every problem found, each with element and line.</summary>
public sealed class BpmnValidationException(string resourceName, IReadOnlyList<BpmnProblem> problems)
    : CollectionsException("bpmn.invalid", $"{resourceName} is not a valid deployable BPMN file:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public string ResourceName { get; } = resourceName;

    public IReadOnlyList<BpmnProblem> Problems { get; } = problems;
}
