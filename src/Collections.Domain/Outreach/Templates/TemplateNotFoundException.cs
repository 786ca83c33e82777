using Collections.Engine.Errors;

namespace Collections.Domain.Outreach.Templates;

/// <summary>No <c>{key}.{lang}.liquid</c> file for a template key chosen in the BPMN.</summary>
public sealed class TemplateNotFoundException(string key, string language, string directory)
    : CollectionsException("outreach.template-not-found",
        $"Template '{key}' has no file for language '{language}' (nor the default language) in '{directory}'; expected '{key}.{language}.liquid'.")
{
    public string Key { get; } = key;

    public string Language { get; } = language;
}
