using System.Text.RegularExpressions;
using Collections.Server.Apis.Domain;

namespace Collections.Server.Tests.Errors;

/// <summary>
/// The <c>apikey create</c> examples in README.md and docs/api.md give the integrator every scope the documented flow
/// needs (register, open cases, report payments), and only scopes that exist.
/// </summary>
public sealed partial class DocumentedExamplesTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/api.md")]
    public void ApiKeyCreateExample_GivesTheIntegratorFlowItsScopes(string file)
    {
        var text = File.ReadAllText(Path.Combine(FindRoot(), file));

        var examples = ApiKeyCreate().Matches(text).Select(m => m.Groups[1].Value.Split(',')).ToList();

        Assert.NotEmpty(examples);
        foreach (var scopes in examples)
        {
            Assert.Superset(new HashSet<string> { DomainApiScopes.CasesRead, DomainApiScopes.CasesWrite, DomainApiScopes.PaymentsWrite }, scopes.ToHashSet());
            Assert.All(scopes, s => Assert.Contains(s, DomainApiScopes.All));
        }
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collections.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Collections.sln not found above the test's folder.");
    }

    [GeneratedRegex(@"apikey create --name erp --scopes ([a-z:,]+)")]
    private static partial Regex ApiKeyCreate();
}
