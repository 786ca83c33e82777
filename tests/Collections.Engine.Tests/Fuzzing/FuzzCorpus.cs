using System.Text.RegularExpressions;

namespace Collections.Engine.Tests.Fuzzing;

/// <summary>
/// Seeds for the fuzzers: the repository's workflows and the BPMN corpus (MIWG reference files, Camunda examples),
/// whole and cut into the pieces each parser reads (expressions, scripts, timer values, form data, scenarios).
/// </summary>
internal sealed partial class FuzzCorpus
{
    private FuzzCorpus(IReadOnlyList<string> bpmn, IReadOnlyList<string> scenarios)
    {
        Bpmn = bpmn;
        Scenarios = scenarios;
        Expressions = Distinct(bpmn.SelectMany(x => ExpressionPattern().Matches(x).Select(m => m.Value)), "${amount > 1000 && !empty debtor.email}");
        Scripts = Distinct(bpmn.SelectMany(x => ScriptPattern().Matches(x).Select(m => Unescape(m.Groups[1].Value))), "var total = amount * 1.2; total > 100");
        TimerTexts = Distinct(
            bpmn.SelectMany(x => TimerPattern().Matches(x).Select(m => (m.Groups[1].Value + m.Groups[2].Value).Trim())),
            "PT5M", "P7D", "P1Y2M3DT4H", "R5/PT10M", "R/PT1H", "R3/2026-01-05T09:00:00Z/P1D", "2026-01-05T09:00:00+01:00", "PT1M,PT5M,PT10M");
        FormData = Distinct(bpmn.SelectMany(x => FormDataPattern().Matches(x).Select(m => m.Value)),
            """<camunda:formData><camunda:formField id="a" type="long"><camunda:validation><camunda:constraint name="min" config="1" /></camunda:validation></camunda:formField></camunda:formData>""");
    }

    public IReadOnlyList<string> Bpmn { get; }

    public IReadOnlyList<string> Scenarios { get; }

    public IReadOnlyList<string> Expressions { get; }

    public IReadOnlyList<string> Scripts { get; }

    public IReadOnlyList<string> TimerTexts { get; }

    public IReadOnlyList<string> FormData { get; }

    /// <summary>Reads the seeds from the repository that contains <paramref name="start"/> (found by its Collections.sln).</summary>
    public static FuzzCorpus Load(string start)
    {
        var root = new DirectoryInfo(start);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Collections.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new DirectoryNotFoundException($"No Collections.sln above {start}; the fuzzers read their seeds from the repository.");
        }

        string[] folders = [Path.Combine(root.FullName, "workflows"), Path.Combine(root.FullName, "tests", "Collections.Engine.Tests", "Corpus")];
        var files = folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToList();
        return new FuzzCorpus(
            files.Where(f => f.EndsWith(".bpmn", StringComparison.Ordinal)).Select(File.ReadAllText).ToList(),
            files.Where(f => f.EndsWith(".scenario.json", StringComparison.Ordinal)).Select(File.ReadAllText).ToList());
    }

    private static List<string> Distinct(IEnumerable<string> found, params string[] extra) =>
        found.Concat(extra).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string Unescape(string xml) =>
        xml.Replace("<![CDATA[", "", StringComparison.Ordinal).Replace("]]>", "", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(@"[$#]\{[^}]*\}")]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"<(?:bpmn:)?script>(.*?)</(?:bpmn:)?script>", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex(@"<(?:bpmn:)?time(?:Duration|Date|Cycle)[^>]*>([^<]*)<|<camunda:failedJobRetryTimeCycle>([^<]*)<")]
    private static partial Regex TimerPattern();

    [GeneratedRegex(@"<camunda:formData>.*?</camunda:formData>", RegexOptions.Singleline)]
    private static partial Regex FormDataPattern();
}
