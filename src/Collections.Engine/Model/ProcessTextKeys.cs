namespace Collections.Engine.Model;

/// <summary>
/// How a diagram carries its texts per reader language, as <c>camunda:property</c> entries the process owner edits in
/// the designer's properties panel: <c>name.es</c>/<c>name.en</c> and <c>documentation.es</c>/<c>documentation.en</c>
/// on the process and its elements; inside a <c>camunda:formField</c>, <c>label.es</c>/<c>label.en</c> and, per enum
/// value, <c>value.{valueId}.es</c>/<c>value.{valueId}.en</c>. A missing language falls back to the element's own
/// <c>name</c>, documentation, <c>label</c> or value <c>name</c>. <see cref="StageProperty"/> marks an activity's
/// business stage.
/// </summary>
public static class ProcessTextKeys
{
    /// <summary>The languages staff read (DESIGN.md D7); other suffixes are rejected so a typo cannot hide a text.</summary>
    public static readonly IReadOnlyList<string> Languages = ["es", "en"];

    /// <summary>No translations: one shared immutable instance, so records holding it compare equal.</summary>
    public static readonly IReadOnlyDictionary<string, string> None = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    public const string NamePrefix = "name.";

    public const string DocumentationPrefix = "documentation.";

    public const string LabelPrefix = "label.";

    public const string ValuePrefix = "value.";

    /// <summary>The business stage of an activity, e.g. <c>junior-call</c>; sub-processes pass theirs to their children.</summary>
    public const string StageProperty = "stage";

    /// <summary>
    /// The text for <paramref name="language"/> from <paramref name="translations"/>, else <paramref name="fallback"/>
    /// (the element's own text), so a diagram without translations reads as before.
    /// </summary>
    public static string? Pick(IReadOnlyDictionary<string, string> translations, string? language, string? fallback) =>
        language is not null && translations.TryGetValue(language, out var text) && text.Length > 0 ? text : fallback;

    /// <summary>
    /// One text per supported language, each falling back to <paramref name="fallback"/>; a language with neither is left
    /// out, so callers never show an empty string.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Resolve(IReadOnlyDictionary<string, string> translations, string? fallback)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            if (Pick(translations, language, fallback) is { Length: > 0 } text) result[language] = text;
        }

        return result;
    }

    /// <summary>The <c>prefix.{language}</c> entries of <paramref name="properties"/>, by language.</summary>
    public static IReadOnlyDictionary<string, string> Select(IReadOnlyDictionary<string, string> properties, string prefix)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            if (properties.TryGetValue(prefix + language, out var text) && text.Trim().Length > 0) result[language] = text.Trim();
        }

        return result.Count == 0 ? None : result;
    }
}
