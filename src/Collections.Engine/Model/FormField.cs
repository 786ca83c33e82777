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
    public bool IsRequired => Constraints.Any(c => c.Name == "required");

    public bool IsReadOnly => Constraints.Any(c => c.Name == "readonly");
}
