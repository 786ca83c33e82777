using System.Text.RegularExpressions;
using Collections.Server.Errors;

namespace Collections.Server.Tests.Errors;

/// <summary>
/// The error codes docs/api.md promises are the ones the server has: the documented table equals the registry
/// (<see cref="ProblemCodes"/>), with the same statuses, and every code the source throws or writes is registered, so a
/// new code cannot ship undocumented.
/// </summary>
public sealed partial class ProblemCodeContractTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void DocumentedCodes_EqualTheRegistry_WithTheirStatuses()
    {
        var documented = DocumentedCodes();
        var registered = ProblemCodes.All.ToDictionary(c => c.Code, c => c.Status == ProblemCodes.IncidentOnly ? "incident" : c.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var undocumented = registered.Keys.Except(documented.Keys).Order().ToList();
        var unknown = documented.Keys.Except(registered.Keys).Order().ToList();
        var wrongStatus = registered.Where(r => documented.TryGetValue(r.Key, out var status) && status != r.Value).Select(r => $"{r.Key}: documented {documented[r.Key]}, server {r.Value}").ToList();
        Assert.True(undocumented.Count == 0, "Codes the server has but docs/api.md's \"Error codes\" table lacks: " + string.Join(", ", undocumented));
        Assert.True(unknown.Count == 0, "Codes docs/api.md documents but the server does not have: " + string.Join(", ", unknown));
        Assert.True(wrongStatus.Count == 0, "Statuses differ: " + string.Join("; ", wrongStatus));
    }

    [Fact]
    public void Registry_HasEachCodeOnce()
    {
        var duplicates = ProblemCodes.All.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
        Assert.All(ProblemCodes.All, c => Assert.Matches("^[a-z]+(?:-[a-z]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*$", c.Code));
    }

    [Fact]
    public void SourceCodes_AreAllRegistered_AndEveryRegisteredCodeIsEmitted()
    {
        var emitted = EmittedCodes(SourceFiles());
        var registered = ProblemCodes.All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var byStatus = new[] { 400, 401, 403, 404, 405, 413, 415, 429, 500 }
            .SelectMany(s => new[] { ProblemCodes.ForStatus(s, true), ProblemCodes.ForStatus(s, false) }).OfType<string>();

        var unregistered = emitted.Keys.Where(c => !registered.Contains(c)).Select(c => $"{c} ({string.Join(", ", emitted[c])})").ToList();
        var neverEmitted = registered.Except(emitted.Keys).Except(byStatus).Order().ToList();
        Assert.True(unregistered.Count == 0, "Codes thrown or written in src/ but missing from ProblemCodes (register and document them): " + string.Join("; ", unregistered));
        Assert.True(neverEmitted.Count == 0, "Registered codes nothing in src/ emits: " + string.Join(", ", neverEmitted));
    }

    [Theory]
    [InlineData("""throw new DomainValidationException("widget.too-shiny", "shine", "Too shiny.");""")]
    [InlineData("""throw new Errors.InvalidRequestException("widget.too-shiny", "Too shiny.");""")]
    [InlineData("""private static DomainConflictException Shiny(string name) => new("widget.too-shiny", $"{name} is too shiny.");""")]
    [InlineData("""return DomainExceptionHandler.Problem(StatusCodes.Status400BadRequest, "Too shiny", "widget.too-shiny", detail, null);""")]
    [InlineData("""public sealed class ShinyException() : CollectionsException(ready ? "widget.ready" : "widget.too-shiny", "Too shiny.");""")]
    [InlineData("""public const string ShinyCode = "widget.too-shiny";""")]
    public void EmittedCodes_NewCodeInSource_IsFound(string source)
    {
        var emitted = EmittedCodes([("src/Widgets/Widget.cs", source)]);

        Assert.Contains("widget.too-shiny", emitted.Keys);
    }

    [Theory]
    [InlineData("""public const string CaseOpened = "case.opened";""")]
    [InlineData("""audit.Record(AuditActions.CaseOpened, "case.opened", details: body);""")]
    [InlineData("""throw new InvalidOperationException($"Contact profile '{name}' allows no hours on any day.");""")]
    public void EmittedCodes_EventNamesAndMessages_AreNotCodes(string source)
    {
        Assert.Empty(EmittedCodes([("src/Widgets/Widget.cs", source)]));
    }

    /// <summary>The rows of docs/api.md's "Error codes" table: <c>| `code` | status | meaning |</c>.</summary>
    private static Dictionary<string, string> DocumentedCodes()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "api.md"));
        var start = text.IndexOf("\n## Error codes", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/api.md has no \"## Error codes\" section");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        var rows = DocumentedRow().Matches(section).Select(m => (Code: m.Groups[1].Value, Status: m.Groups[2].Value)).ToList();
        var repeated = rows.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, "docs/api.md lists these codes twice: " + string.Join(", ", repeated));
        return rows.ToDictionary(r => r.Code, r => r.Status);
    }

    private static IEnumerable<(string Path, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith($"Errors{Path.DirectorySeparatorChar}ProblemCodes.cs", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Root, f), File.ReadAllText(f)));

    /// <summary>
    /// Code literals where the source emits a problem: the first argument of an exception (constructed or a base
    /// call, ternaries included), a target-typed <c>new("…")</c> returned by an exception factory, the code argument of
    /// <c>Problem(status, title, code, …)</c> / <c>Refused(…)</c>, and code constants (<c>…Code</c>, or any constant in
    /// an <c>…Exception.cs</c> or <c>…Problems.cs</c> file).
    /// </summary>
    private static Dictionary<string, List<string>> EmittedCodes(IEnumerable<(string Path, string Text)> files)
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            var name = Path.GetFileName(path);
            // An exception's first argument may be a field name ("currency"): there, only dotted or hyphenated words count.
            var literals = ExceptionArgument().Matches(text).SelectMany(m => CodeLiteral().Matches(m.Groups["arg"].Value)).Where(l => l.Value.Contains('.') || l.Value.Contains('-'))
                .Concat(ExceptionFactory().Matches(text).Select(m => m.Groups["code"]))
                .Concat(ProblemFactory().Matches(text).Select(m => m.Groups["code"]))
                .Concat(CodeConstant().Matches(text).Where(m => m.Groups["name"].Value.EndsWith("Code", StringComparison.Ordinal)
                    || name.EndsWith("Exception.cs", StringComparison.Ordinal) || name.EndsWith("Problems.cs", StringComparison.Ordinal)).Select(m => m.Groups["code"]));
            foreach (var literal in literals)
            {
                var code = literal.Value.Trim('"');
                if (!IsCode().IsMatch(code)) continue;
                if (!found.TryGetValue(code, out var where)) found[code] = where = [];
                if (!where.Contains(path)) where.Add(path);
            }
        }

        return found;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collections.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Collections.sln not found above the test's folder.");
    }

    [GeneratedRegex(@"^\|\s*`([^`]+)`\s*\|\s*(\d{3}|incident)\s*\|", RegexOptions.Multiline)]
    private static partial Regex DocumentedRow();

    [GeneratedRegex(@"(?:\bnew|:)\s+(?!(?:System\.)?(?:Argument|InvalidOperation|Format|NotSupported|IO|Json|Http|Timeout|OperationCanceled|UnauthorizedAccess|KeyNotFound|Security))[\w.]*Exception\s*\(\s*(?<arg>[^,;]*?)\s*[,)]")]
    private static partial Regex ExceptionArgument();

    [GeneratedRegex(@"\w*Exception\s+\w+\s*\([^)]*\)\s*=>\s*new\s*\(\s*(?<code>""[^""]+"")")]
    private static partial Regex ExceptionFactory();

    [GeneratedRegex(@"\b(?:Problem|Refused)\s*\(\s*[^,;()]+(?:\([^()]*\))?\s*,\s*""[^""]*""\s*,\s*(?<code>""[^""]+"")")]
    private static partial Regex ProblemFactory();

    [GeneratedRegex(@"const\s+string\s+(?<name>\w+)\s*=\s*(?<code>""[^""]+"")")]
    private static partial Regex CodeConstant();

    [GeneratedRegex(@"""[^""]*""")]
    private static partial Regex CodeLiteral();

    /// <summary>A code: lower-case words with hyphens, dot-separated (<c>duplicate</c>, <c>not-found</c>, <c>case.exists</c>).</summary>
    [GeneratedRegex(@"^[a-z]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$")]
    private static partial Regex IsCode();
}
