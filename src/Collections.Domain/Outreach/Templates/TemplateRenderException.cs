using Collections.Engine.Errors;

namespace Collections.Domain.Outreach.Templates;

/// <summary>
/// A template that cannot be parsed or rendered, most often a variable the process does not have. The message names
/// the file, line and variable so a process owner can fix the template or the process; no blank e-mail leaves.
/// </summary>
public sealed class TemplateRenderException(string code, string file, string message, Exception? inner = null)
    : CollectionsException(code, $"Template '{file}': {message}", inner)
{
    public const string MissingVariable = "outreach.template-variable-missing";
    public const string Invalid = "outreach.template-invalid";

    public string File { get; } = file;
}
