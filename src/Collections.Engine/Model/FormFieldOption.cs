namespace Collections.Engine.Model;

/// <summary>One <c>camunda:value</c> of an enum form field.</summary>
public sealed record FormFieldOption(string Id, string Name)
{
    /// <summary>The field's <c>value.{Id}.{language}</c> properties by language (<see cref="ProcessTextKeys"/>); empty when none.</summary>
    public IReadOnlyDictionary<string, string> NameTranslations { get; init; } = ProcessTextKeys.None;

    /// <summary>The name a reader of <paramref name="language"/> sees: its translation, else <see cref="Name"/>.</summary>
    public string NameIn(string? language) => ProcessTextKeys.Pick(NameTranslations, language, Name) ?? Id;
}
