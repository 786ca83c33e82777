namespace Collections.Engine.Api;

/// <summary>The definitions a deployment produced (one per executable or viewable process), and its warnings.</summary>
public sealed record DeploymentResult(IReadOnlyList<ProcessDefinitionInfo> Definitions, IReadOnlyList<Parsing.BpmnProblem> Warnings);
