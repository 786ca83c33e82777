namespace Collections.Engine.Parsing;

/// <summary>One problem found in a BPMN file: what is wrong, and where (element kind, id, line and column).</summary>
public sealed record BpmnProblem(
    BpmnProblemSeverity Severity,
    string Code,
    string Message,
    string? ElementKind,
    string? ElementId,
    int Line,
    int Column)
{
    public override string ToString()
    {
        var where = (ElementId, Line) switch
        {
            (null, <= 0) => "whole file",
            (null, _) => $"line {Line}:{Column}",
            _ => $"{ElementKind} '{ElementId}' at line {Line}:{Column}",
        };
        return $"{(Severity == BpmnProblemSeverity.Error ? "error" : "warning")} {Code}: {where}: {Message}";
    }
}
