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

    /// <summary><c>name.{language}</c> properties by language (<see cref="ProcessTextKeys"/>); empty when none.</summary>
    public IReadOnlyDictionary<string, string> NameTranslations { get; init; } = ProcessTextKeys.None;

    /// <summary><c>documentation.{language}</c> properties by language; empty when none.</summary>
    public IReadOnlyDictionary<string, string> DocumentationTranslations { get; init; } = ProcessTextKeys.None;

    /// <summary>The name a reader of <paramref name="language"/> sees: its translation, else <see cref="Name"/>.</summary>
    public string? NameIn(string? language) => ProcessTextKeys.Pick(NameTranslations, language, Name);

    /// <summary>The documentation a reader of <paramref name="language"/> sees: its translation, else <see cref="Documentation"/>.</summary>
    public string? DocumentationIn(string? language) => ProcessTextKeys.Pick(DocumentationTranslations, language, Documentation);

    public override string ToString() => $"{ElementKind} '{Id}' (line {Line})";
}
