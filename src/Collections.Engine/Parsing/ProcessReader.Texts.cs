using System.Text.RegularExpressions;
using Collections.Engine.Model;

namespace Collections.Engine.Parsing;

/// <summary>
/// Checks the per-language texts and the business stage a diagram declares as <c>camunda:property</c> entries
/// (<see cref="ProcessTextKeys"/>), so a misspelt language or a pasted essay fails the deployment with the element's id
/// instead of silently showing the fallback text.
/// </summary>
internal sealed partial class ProcessReader
{
    /// <summary>
    /// Longest translated name, documentation, label or value name accepted. 4,000 characters: the longest
    /// documentation in the shipped playbook is under 700, and the bound keeps every API answer that carries these
    /// texts (inbox, task page) small; the file-size limit alone would allow megabytes per element.
    /// </summary>
    internal const int MaxTextLength = 4_000;

    /// <summary>Longest business stage value; stages are short codes integrators match on, e.g. <c>legal-warning</c>.</summary>
    internal const int MaxStageLength = 50;

    private void CheckTexts(XmlElementNode el, IReadOnlyDictionary<string, string> properties, params string[] prefixes)
    {
        foreach (var (key, value) in properties)
        {
            if (prefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
            {
                CheckText(el, el, key, key[prefix.Length..], value);
            }
        }
    }

    private void CheckFieldTexts(XmlElementNode owner, XmlElementNode field, string id, IReadOnlyDictionary<string, string> properties, List<FormFieldOption> options)
    {
        foreach (var (key, value) in properties)
        {
            if (key.StartsWith(ProcessTextKeys.LabelPrefix, StringComparison.Ordinal))
            {
                CheckText(owner, field, key, key[ProcessTextKeys.LabelPrefix.Length..], value);
            }
            else if (key.StartsWith(ProcessTextKeys.ValuePrefix, StringComparison.Ordinal))
            {
                var rest = key[ProcessTextKeys.ValuePrefix.Length..];
                var dot = rest.LastIndexOf('.');
                var valueId = dot < 0 ? rest : rest[..dot];
                if (!options.Any(o => o.Id == valueId))
                {
                    Report(BpmnProblemCodes.TextInvalid, $"Form field '{id}' has property '{key}', but '{valueId}' is not one of its camunda:value ids.", owner, field);
                    continue;
                }

                CheckText(owner, field, key, dot < 0 ? "" : rest[(dot + 1)..], value);
            }
        }
    }

    private void CheckText(XmlElementNode owner, XmlElementNode at, string key, string language, string value)
    {
        if (!ProcessTextKeys.Languages.Contains(language))
        {
            Report(BpmnProblemCodes.TextInvalid, $"Property '{key}' is for language '{language}'; texts are kept for {string.Join(" and ", ProcessTextKeys.Languages)} only.", owner, at);
        }
        else if (value.Length > MaxTextLength)
        {
            Report(BpmnProblemCodes.TextInvalid, $"Property '{key}' has {value.Length:N0} characters; at most {MaxTextLength:N0} are accepted.", owner, at);
        }
    }

    private void CheckStage(XmlElementNode el, IReadOnlyDictionary<string, string> properties)
    {
        if (properties.TryGetValue(ProcessTextKeys.StageProperty, out var stage) && !StagePattern().IsMatch(stage))
        {
            var shown = stage.Length > MaxStageLength ? stage[..MaxStageLength] + "…" : stage;
            Report(BpmnProblemCodes.StageInvalid, $"Stage '{shown}' is not a stage code: lower-case letters, digits and hyphens, at most {MaxStageLength} characters (e.g. junior-call).", el, el);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex StagePattern();
}
