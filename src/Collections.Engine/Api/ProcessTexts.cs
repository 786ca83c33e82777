using Collections.Engine.Model;

namespace Collections.Engine.Api;

/// <summary>
/// The reader-facing texts of one deployed definition: the process name per language and, per flow node id, its
/// names and business stage. Built once per definition and cached with it, so a page of cases or tasks costs nothing.
/// </summary>
public sealed record ProcessTexts(Guid DefinitionId, string Key, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, ActivityTexts> Activities)
{
    /// <summary>
    /// The name a reader of <paramref name="language"/> sees for <paramref name="activityId"/>: its translation, else the
    /// element's own name; null when the element has neither (callers show a generic label, never the id).
    /// </summary>
    public string? ActivityName(string activityId, string? language) =>
        Activities.TryGetValue(activityId, out var texts) ? Pick(texts.Names, language) : null;

    /// <summary>The process name for <paramref name="language"/>, same fallback as <see cref="ActivityName"/>.</summary>
    public string? Name(string? language) => Pick(Names, language);

    /// <summary>
    /// The business stage of the first of <paramref name="activityIds"/> (ordinal order) that has one; null when none
    /// does, e.g. while the process waits on a gateway between two stages.
    /// </summary>
    public string? StageOf(IEnumerable<string> activityIds) =>
        activityIds.Order(StringComparer.Ordinal).Select(id => Activities.GetValueOrDefault(id)?.Stage).FirstOrDefault(s => s is not null);

    /// <summary>Builds the texts of <paramref name="model"/>.</summary>
    public static ProcessTexts From(Guid definitionId, ProcessModel model) => new(
        definitionId,
        model.Id,
        ProcessTextKeys.Resolve(model.NameTranslations, model.Name),
        model.NodesById.Values.ToDictionary(
            n => n.Id, n => new ActivityTexts(ProcessTextKeys.Resolve(n.NameTranslations, n.Name), n.BusinessStage), StringComparer.Ordinal));

    private static string? Pick(IReadOnlyDictionary<string, string> names, string? language) =>
        language is not null && names.TryGetValue(language, out var name) ? name : names.Values.FirstOrDefault();
}
