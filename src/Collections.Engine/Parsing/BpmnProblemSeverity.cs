namespace Collections.Engine.Parsing;

public enum BpmnProblemSeverity
{
    Warning,
    Error,
}
