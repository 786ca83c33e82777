using System.Text.Json;
using System.Text.RegularExpressions;

namespace Collections.Server.Tests.Domain;

/// <summary>
/// The OpenAPI document says what docs/api.md says: money is a JSON number (never a string alternative), errors are
/// problem+json, every integrator schema and parameter has a plain description, no description shows C# names, and
/// the integrator API comes first in Swagger UI.
/// </summary>
public sealed partial class DomainOpenApiContractTests : IAsyncLifetime
{
    /// <summary>The integrator API's tags, in the order Swagger UI should show them.</summary>
    private static readonly string[] IntegratorTags = ["Debtors", "Invoices", "Cases", "Payment plans and settlements", "Webhooks", "Templates"];

    private static readonly string[] EngineTags = ["Process definitions", "Deployments", "Process instances", "Tasks", "Incidents", "Camunda REST: external tasks"];

    private DomainApiFactory? _factory;
    private JsonElement _document;

    public async Task InitializeAsync()
    {
        _factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = _factory.CreateClient();
        _document = await client.GetJsonAsync("/openapi/v1.json");
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
    }

    [Fact]
    public void Schemas_MoneyFields_AreNumbersWithDecimalFormatAndNoStringAlternative()
    {
        var schemas = _document.GetProperty("components").GetProperty("schemas");
        var money = new[]
        {
            ("InvoiceInput", "amount"), ("InvoiceDto", "amount"), ("InvoiceDto", "balance"), ("PaymentInput", "amount"), ("PaymentDto", "amount"),
            ("PromiseInput", "amount"), ("PromiseDto", "amount"), ("InstallmentInput", "amount"), ("SettlementOfferInput", "amount"),
        };

        foreach (var (schema, property) in money)
        {
            var field = schemas.GetProperty(schema).GetProperty("properties").GetProperty(property);
            Assert.True(TypesOf(field).SequenceEqual(["number"]) || TypesOf(field).Order().SequenceEqual(["null", "number"]), $"{schema}.{property} is typed {field}");
            Assert.Equal("decimal", field.GetProperty("format").GetString());
            Assert.False(field.TryGetProperty("pattern", out _), $"{schema}.{property} still carries the number-as-string pattern: {field}");
        }

        foreach (var (name, schema, path) in IntegratorSchemaProperties())
        {
            var types = TypesOf(schema);
            Assert.False(types.Contains("string") && (types.Contains("number") || types.Contains("integer")), $"{name}.{path} accepts a number or a string: {schema}");
            if (types.Contains("number")) Assert.Equal("decimal", schema.GetProperty("format").GetString());
        }
    }

    [Fact]
    public void Document_DescriptionsAndSummaries_ShowNoCSharpNames()
    {
        var leaks = Texts(_document, "$").Where(t => CSharpName().IsMatch(t.Text)).Select(t => $"{t.Path}: {t.Text}").ToList();

        Assert.True(leaks.Count == 0, "C# names in the OpenAPI document:\n" + string.Join('\n', leaks));
    }

    [Fact]
    public void IntegratorOperations_EverySchemaAndParameter_HasAPlainDescription()
    {
        var schemas = _document.GetProperty("components").GetProperty("schemas");
        var missing = new List<string>();
        foreach (var (path, method, operation) in IntegratorOperations())
        {
            if (operation.TryGetProperty("parameters", out var parameters))
            {
                missing.AddRange(parameters.EnumerateArray().Where(p => !HasText(p, "description")).Select(p => $"{method} {path} parameter {p.GetProperty("name").GetString()}"));
            }
        }

        missing.AddRange(IntegratorSchemaNames().Where(n => !HasText(schemas.GetProperty(n), "description")).Select(n => $"schema {n}"));
        Assert.True(missing.Count == 0, "No description:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void IntegratorOperations_ClientErrors_AreProblemJson()
    {
        foreach (var (path, method, operation) in IntegratorOperations())
        {
            var responses = operation.GetProperty("responses");
            foreach (var response in responses.EnumerateObject().Where(r => r.Name.StartsWith('4')))
            {
                Assert.True(response.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _),
                    $"{method} {path} {response.Name} is not application/problem+json: {response.Value}");
            }

            if (operation.TryGetProperty("requestBody", out _))
            {
                Assert.True(responses.TryGetProperty("415", out _), $"{method} {path} takes a body but does not list 415");
            }
        }
    }

    [Fact]
    public void Document_Tags_IntegratorFirstThenEngineThenStaff()
    {
        var tags = _document.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
        var firstPath = _document.GetProperty("paths").EnumerateObject().First();

        Assert.Equal(IntegratorTags, tags.Take(IntegratorTags.Length));
        Assert.Equal(EngineTags, tags.Skip(IntegratorTags.Length).Take(EngineTags.Length));
        Assert.True(tags.Count > IntegratorTags.Length + EngineTags.Length, "staff and admin tags come after the engine's");
        Assert.Contains(firstPath.Value.EnumerateObject().First().Value.GetProperty("tags")[0].GetString(), IntegratorTags);
    }

    private IEnumerable<(string Path, string Method, JsonElement Operation)> IntegratorOperations() =>
        _document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value)))
            .Where(o => o.Operation.TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => IntegratorTags.Contains(t.GetString())));

    /// <summary>Every component schema an integrator operation reaches, through request bodies, responses and nesting.</summary>
    private HashSet<string> IntegratorSchemaNames()
    {
        var schemas = _document.GetProperty("components").GetProperty("schemas");
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonElement>(IntegratorOperations().Select(o => o.Operation));
        while (pending.Count > 0)
        {
            foreach (var reference in References(pending.Pop()))
            {
                var name = reference["#/components/schemas/".Length..];
                if (names.Add(name)) pending.Push(schemas.GetProperty(name));
            }
        }

        names.Remove("ProblemDetails"); // the framework's, described by RFC 7807
        return names;
    }

    private IEnumerable<(string Name, JsonElement Schema, string Path)> IntegratorSchemaProperties()
    {
        var schemas = _document.GetProperty("components").GetProperty("schemas");
        foreach (var name in IntegratorSchemaNames())
        {
            if (!schemas.GetProperty(name).TryGetProperty("properties", out var properties)) continue;
            foreach (var property in properties.EnumerateObject()) yield return (name, property.Value, property.Name);
        }
    }

    private static IEnumerable<string> References(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref" && property.Value.GetString() is { } target && target.StartsWith("#/components/schemas/", StringComparison.Ordinal)) yield return target;
                    foreach (var nested in References(property.Value)) yield return nested;
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var nested in References(item)) yield return nested;
                }

                break;
        }
    }

    private static IEnumerable<(string Path, string Text)> Texts(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name is "description" or "summary" && property.Value.ValueKind == JsonValueKind.String) yield return ($"{path}.{property.Name}", property.Value.GetString()!);
                foreach (var nested in Texts(property.Value, $"{path}.{property.Name}")) yield return nested;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var nested in Texts(item, $"{path}[{i++}]")) yield return nested;
            }
        }
    }

    private static string[] TypesOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray()
        : [type.GetString()!];

    private static bool HasText(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());

    /// <summary>What the XML-comment generator prints for a cref (<c>Guid? OpenCaseInput.InvoiceId</c>), CLR type names and generic arities.</summary>
    [GeneratedRegex(@"Guid\?|\w+Input\.\w|\w+Dto\b|\w+Dto\.|\w`\d|\b(?:string|bool|int|long|decimal|double|Guid|DateOnly|DateTimeOffset|object)\??\s+[A-Z]\w*\.[A-Z]\w*|\b\w+Exception\b|\bSystem\.\w")]
    private static partial Regex CSharpName();
}
