namespace Collections.Engine.Model;

/// <summary>One <c>camunda:formField</c>: a typed input of a user task's form with its validation.</summary>
public sealed record FormField(
    string Id,
    string? Label,
    FormFieldType Type,
    Expression? DefaultValue,
    IReadOnlyList<FormFieldConstraint> Constraints,
    IReadOnlyList<FormFieldOption> Options,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary><c>label.{language}</c> properties by language (<see cref="ProcessTextKeys"/>); empty when none.</summary>
    public IReadOnlyDictionary<string, string> LabelTranslations { get; init; } = ProcessTextKeys.None;

    /// <summary>The label a reader of <paramref name="language"/> sees: its translation, else <see cref="Label"/>, else the id.</summary>
    public string LabelIn(string? language) => ProcessTextKeys.Pick(LabelTranslations, language, Label) ?? Id;

    public bool IsRequired => Constraints.Any(c => c.Name == "required");

    public bool IsReadOnly => Constraints.Any(c => c.Name == "readonly");
}
