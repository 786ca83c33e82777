using System.Text.RegularExpressions;
using Collections.Engine.Errors;

namespace Collections.Domain.Outreach.Templates;

/// <summary>
/// A template that cannot be parsed or rendered, most often a variable the process does not have. The message names
/// the file, line and variable so a process owner can fix the template or the process; no blank e-mail leaves.
/// </summary>
public sealed partial class TemplateRenderException(string code, string file, string message, Exception? inner = null)
    : CollectionsException(code, $"Template '{file}': {message}", inner)
{
    public const string MissingVariable = "outreach.template-variable-missing";
    public const string Invalid = "outreach.template-invalid";

    public string File { get; } = file;

    /// <summary>The variable the template asked for and did not get (for <see cref="MissingVariable"/>), else null.</summary>
    public string? Variable => Code == MissingVariable && Quoted().Match(Message) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("[`'](?<name>[A-Za-z_][A-Za-z0-9_.]*)[`']")]
    private static partial Regex Quoted();
}
