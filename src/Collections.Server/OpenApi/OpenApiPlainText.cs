using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Collections.Server.OpenApi;

/// <summary>
/// Descriptions come from the C# XML comments, whose <c>&lt;see cref="InvoiceId"/&gt;</c> the generator prints as
/// <c>Guid? OpenCaseInput.InvoiceId</c>. Readers of the API know the JSON names, so each such reference becomes the
/// field's JSON name in backticks (<c>`invoiceId`</c>).
/// </summary>
internal static partial class OpenApiPlainText
{
    public static string? Clean(string? text) =>
        string.IsNullOrEmpty(text) ? text : CrefMember().Replace(text, m => $"`{JsonName(m.Groups["member"].Value)}`");

    /// <summary>Every description and summary the document holds: operations, parameters, schemas and their properties.</summary>
    public static void CleanAll(OpenApiDocument document)
    {
        foreach (var path in document.Paths.Values)
        {
            if (path.Operations is null) continue;
            foreach (var operation in path.Operations.Values)
            {
                operation.Summary = Clean(operation.Summary);
                operation.Description = Clean(operation.Description);
                foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>()) parameter.Description = Clean(parameter.Description);
            }
        }

        var seen = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in document.Components?.Schemas?.Values ?? []) CleanSchema(schema, seen);
    }

    private static void CleanSchema(IOpenApiSchema schema, HashSet<OpenApiSchema> seen)
    {
        if (schema is not OpenApiSchema concrete || !seen.Add(concrete)) return;
        concrete.Description = Clean(concrete.Description);
        foreach (var property in concrete.Properties?.Values ?? []) CleanSchema(property, seen);
        if (concrete.Items is { } items) CleanSchema(items, seen);
        foreach (var option in (concrete.AnyOf ?? []).Concat(concrete.OneOf ?? []).Concat(concrete.AllOf ?? [])) CleanSchema(option, seen);
    }

    private static string JsonName(string member) => char.ToLowerInvariant(member[0]) + member[1..];

    /// <summary><c>Type? Owner.Member</c> with a C# type in front, or <c>Owner.Member</c> of a contract type (…Dto, …Input, …Body).</summary>
    [GeneratedRegex(@"\b(?:(?:string|bool|int|long|decimal|double|object|Guid|DateOnly|DateTimeOffset|TimeSpan|Instant|IReadOnlyList<[^<>]*>|IReadOnlyDictionary<[^<>]*>|[A-Z]\w*(?:Dto|Input|Body|Item|Preview|Request|Result|Info))\??\s+)?[A-Z]\w*(?:Dto|Input|Body|Item|Preview|Request|Result|Info)\.(?<member>[A-Z]\w*)\b|\b(?:string|bool|int|long|decimal|double|object|Guid|DateOnly|DateTimeOffset|TimeSpan|Instant|IReadOnlyList<[^<>]*>|IReadOnlyDictionary<[^<>]*>|[A-Z]\w*(?:Dto|Input|Body|Item|Preview|Request|Result|Info))\??\s+[A-Z]\w*\.(?<member>[A-Z]\w*)\b")]
    private static partial Regex CrefMember();
}
