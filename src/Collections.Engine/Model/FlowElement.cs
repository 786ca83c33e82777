namespace Collections.Engine.Model;

/// <summary>Any element of a parsed BPMN process, with the place it was declared so errors can name it.</summary>
public abstract class FlowElement
{
    /// <summary>The element's <c>id</c> attribute.</summary>
    public required string Id { get; init; }

    /// <summary>The element's <c>name</c> attribute, when it has one.</summary>
    public string? Name { get; init; }

    /// <summary>The XML local name, e.g. <c>userTask</c>; used in messages and history.</summary>
    public required string ElementKind { get; init; }

    /// <summary>1-based line of the element's start tag.</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the element's start tag.</summary>
    public int Column { get; init; }

    /// <summary>Text of <c>bpmn:documentation</c>, shown in the designer and on the case page.</summary>
    public string? Documentation { get; init; }

    public override string ToString() => $"{ElementKind} '{Id}' (line {Line})";
}
