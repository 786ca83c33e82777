using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Scriban;

namespace Collections.Domain.Outreach.Templates;

/// <summary>
/// Every <c>{key}.{lang}.liquid</c> file under the templates folder, parsed once when the catalog is built (STYLE.md:
/// parse once, render many). The first line of a file is <c>subject: ...</c>; the rest is the plain-text body.
/// A file that does not parse fails the catalog at start-up with its name, line and column.
/// </summary>
public sealed partial class TemplateCatalog
{
    private const string SubjectPrefix = "subject:";
    private const string CamundaNamespace = "http://camunda.org/schema/1.0/bpmn";

    private readonly Dictionary<(string Key, string Language), ParsedTemplate> _templates = [];

    public TemplateCatalog(IOptions<OutreachTemplateOptions> options)
    {
        Directory = Path.GetFullPath(options.Value.Directory);
        DefaultLanguage = options.Value.DefaultLanguage;
        if (!System.IO.Directory.Exists(Directory)) return;
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.liquid").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path); // friendly-reminder.es
            var dot = name.LastIndexOf('.');
            if (dot <= 0) throw new TemplateRenderException(TemplateRenderException.Invalid, Path.GetFileName(path), "name it '{key}.{lang}.liquid'.");
            var key = name[..dot];
            var language = name[(dot + 1)..].ToLowerInvariant();
            _templates[(key, language)] = Parse(Path.GetFileName(path), File.ReadAllText(path));
        }
    }

    /// <summary>The full path of the templates folder.</summary>
    public string Directory { get; }

    public string DefaultLanguage { get; }

    /// <summary>Template keys, each with the languages it has, sorted.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keys =>
        _templates.Keys.GroupBy(k => k.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(k => k.Language).Order(StringComparer.Ordinal).ToList());

    public bool Contains(string key) => _templates.Keys.Any(k => k.Key == key);

    /// <summary>
    /// The company details the template <paramref name="key"/> prints in any of its languages (<c>phone</c>, <c>payment</c>),
    /// so a send step can tell before it renders which details it waits for; empty for an unknown key.
    /// </summary>
    public IReadOnlySet<string> CompanyFieldsOf(string key) =>
        _templates.Where(t => t.Key.Key == key).SelectMany(t => t.Value.CompanyFields).ToHashSet(StringComparer.Ordinal);

    /// <summary>The company details any template prints: what the admin page asks to fill in.</summary>
    public IReadOnlySet<string> CompanyFieldsUsed => _templates.Values.SelectMany(t => t.CompanyFields).ToHashSet(StringComparer.Ordinal);

    /// <summary>The template in <paramref name="language"/>, else in the default language; throws when the key has neither.</summary>
    internal ParsedTemplate Get(string key, string language) =>
        _templates.TryGetValue((key, language), out var found) ? found
        : _templates.TryGetValue((key, DefaultLanguage), out var fallback) ? fallback
        : throw new TemplateNotFoundException(key, language, Directory);

    /// <summary>
    /// Template keys a BPMN file asks for (<c>camunda:inputParameter name="template"</c> with a literal value) that have
    /// no file here. Call it at deployment or start-up so a typo fails there instead of in a debtor's e-mail.
    /// Expressions (<c>${...}</c>) are skipped: they are only known at run time.
    /// </summary>
    public IReadOnlyList<string> MissingTemplateKeys(string bpmnXml)
    {
        var document = XDocument.Parse(bpmnXml);
        return document.Descendants(XName.Get("inputParameter", CamundaNamespace))
            .Where(p => (string?)p.Attribute("name") == "template")
            .Select(p => p.Value.Trim())
            .Where(v => v.Length > 0 && !v.StartsWith("${", StringComparison.Ordinal) && !v.StartsWith("#{", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Where(key => !Contains(key))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static ParsedTemplate Parse(string file, string text)
    {
        var newline = text.IndexOf('\n');
        var first = (newline < 0 ? text : text[..newline]).TrimEnd('\r');
        if (!first.StartsWith(SubjectPrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new TemplateRenderException(TemplateRenderException.Invalid, file, "the first line must be 'subject: ...'.");
        }

        var body = newline < 0 ? string.Empty : text[(newline + 1)..];
        var fields = CompanyField().Matches(text).Select(m => m.Groups["field"].Value).ToHashSet(StringComparer.Ordinal);
        return new ParsedTemplate(file, Compile(file, first[SubjectPrefix.Length..].Trim()), Compile(file, body), fields);
    }

    [GeneratedRegex(@"\bcompany\.(?<field>[A-Za-z]+)")]
    private static partial Regex CompanyField();

    private static Template Compile(string file, string text)
    {
        var template = Template.ParseLiquid(text, file);
        if (template.HasErrors)
        {
            throw new TemplateRenderException(TemplateRenderException.Invalid, file, string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        return template;
    }
}
