namespace Collections.Engine.Api;

/// <summary>What a workflow file did at start, per process it holds, and the parser's warnings.</summary>
public sealed record WorkflowFileDeployment(IReadOnlyList<WorkflowFileOutcome> Processes, IReadOnlyList<Parsing.BpmnProblem> Warnings);
