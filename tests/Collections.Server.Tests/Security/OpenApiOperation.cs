using System.Text.Json;

namespace Collections.Server.Tests.Security;

/// <summary>
/// One operation of the server's <c>/openapi/v1.json</c> (method, path template, its JSON element) and how to call it
/// with placeholders: ids that do not exist in path parameters and a body shaped like the request schema.
/// </summary>
public sealed record OpenApiOperation(string Method, string Path, JsonElement Element, JsonElement Document)
{
    public string Name => $"{Method} {Path}";

    /// <summary>Every operation of the document, in document order.</summary>
    public static IReadOnlyList<OpenApiOperation> All(JsonElement document) =>
        [.. document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(op => op.Name is "get" or "post" or "put" or "patch" or "delete")
            .Select(op => new OpenApiOperation(op.Name.ToUpperInvariant(), path.Name, op.Value, document)))];

    /// <summary>The query parameters (name and resolved schema).</summary>
    public IReadOnlyList<(string Name, JsonElement Schema)> QueryParameters =>
        Element.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
                .Select(p => (p.GetProperty("name").GetString()!, SampleBody.Resolve(Document, p.TryGetProperty("schema", out var s) ? s : default)))]
            : [];

    /// <summary>The path with every parameter replaced by a value naming nothing that exists (a new GUID for a uuid).</summary>
    public string PlaceholderPath()
    {
        var path = Path;
        if (!Element.TryGetProperty("parameters", out var parameters)) return path;
        foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            var schema = SampleBody.Resolve(Document, parameter.TryGetProperty("schema", out var s) ? s : default);
            var isGuid = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) && f.GetString() == "uuid";
            path = path.Replace("{" + name + "}", isGuid ? Guid.NewGuid().ToString() : "matrix-missing-" + name, StringComparison.Ordinal);
        }

        return path;
    }

    /// <summary>A request for this operation with a placeholder path and, when the operation takes one, a minimal body.</summary>
    public HttpRequestMessage PlaceholderRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), PlaceholderPath());
        if (Element.TryGetProperty("requestBody", out var body)) request.Content = SampleBody.For(Document, body);
        return request;
    }
}
