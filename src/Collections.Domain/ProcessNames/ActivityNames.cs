using Collections.Engine.Api;

namespace Collections.Domain.ProcessNames;

/// <summary>
/// The names staff read for a process's activities, per language (<c>es</c>, <c>en</c>), from the texts the diagram
/// declares (<see cref="Engine.Model.ProcessTextKeys"/>). The one place lists, the case page and the timeline turn an
/// activity id into words, so no screen shows a raw id. Definitions are parsed and cached by the engine; a lookup by
/// process key costs one query per key per call.
/// </summary>
public sealed class ActivityNames(IProcessQueries queries)
{
    /// <summary>The name of <paramref name="activityId"/> in <paramref name="definitionId"/> for a reader of <paramref name="language"/>; null when it has none.</summary>
    public async Task<string?> NameAsync(Guid definitionId, string activityId, string language, CancellationToken cancellationToken) =>
        (await queries.GetProcessTextsAsync(definitionId, cancellationToken))?.ActivityName(activityId, language);

    /// <summary>
    /// Names per language of the activities in <paramref name="activity"/> (ids joined by commas, as a case stores them)
    /// from one definition; unnamed activities are left out, and null comes back when none has a name.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>?> OfDefinitionAsync(Guid definitionId, string? activity, CancellationToken cancellationToken) =>
        activity is null ? null : Join(await queries.GetProcessTextsAsync(definitionId, cancellationToken) is { } texts ? [texts] : [], activity);

    /// <summary>
    /// For a page of cases: names per language of each case's activities, read from the newest version of its process
    /// that declares them (a case on an older version keeps its ids; names rarely differ between versions).
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string>?>> OfCasesAsync(
        IReadOnlyList<(string ProcessKey, string? Activity)> cases, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, List<ProcessTexts>>(StringComparer.Ordinal);
        foreach (var key in cases.Where(c => c.Activity is not null).Select(c => c.ProcessKey).Distinct())
        {
            var list = new List<ProcessTexts>();
            foreach (var definition in (await queries.ListDefinitionsAsync(key, false, cancellationToken)).OrderByDescending(d => d.Version))
            {
                if (await queries.GetProcessTextsAsync(definition.Id, cancellationToken) is { } texts) list.Add(texts);
            }

            versions[key] = list;
        }

        return [.. cases.Select(c => c.Activity is null ? null : Join(versions.GetValueOrDefault(c.ProcessKey) ?? [], c.Activity))];
    }

    private static IReadOnlyDictionary<string, string>? Join(IReadOnlyList<ProcessTexts> versions, string activity)
    {
        var ids = activity.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in Engine.Model.ProcessTextKeys.Languages)
        {
            var names = ids.Select(id => versions.Select(v => v.ActivityName(id, language)).FirstOrDefault(n => n is not null))
                .OfType<string>().Distinct().ToList();
            if (names.Count > 0) result[language] = string.Join(", ", names);
        }

        return result.Count == 0 ? null : result;
    }
}
