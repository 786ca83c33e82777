using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Collections.Server.Tests.Security;

/// <summary>
/// A minimal request body built from an OpenAPI request schema: every declared property with a plain value of its
/// type (strings "x", numbers 1, new GUIDs for uuids, the first enum value), so a new endpoint is called without a
/// hand-written body. XML bodies get an empty BPMN document.
/// </summary>
public static class SampleBody
{
    private const int MaxDepth = 4;

    public static HttpContent For(JsonElement document, JsonElement requestBody)
    {
        var content = requestBody.GetProperty("content");
        if (content.TryGetProperty("application/json", out var json))
        {
            var value = Value(document, json.TryGetProperty("schema", out var s) ? s : default, 0) ?? new JsonObject();
            return new StringContent(value.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var type = content.EnumerateObject().Select(c => c.Name).FirstOrDefault(n => n.EndsWith("/xml", StringComparison.Ordinal)) ?? "application/octet-stream";
        var xml = new StringContent("""<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" />""", Encoding.UTF8);
        xml.Headers.ContentType = new MediaTypeHeaderValue(type);
        return xml;
    }

    /// <summary>Follows a <c>$ref</c> and takes the non-null branch of a nullable <c>oneOf</c>.</summary>
    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        for (var i = 0; i < 8 && schema.ValueKind == JsonValueKind.Object; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
            }
            else if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
            {
                schema = oneOf.EnumerateArray().FirstOrDefault(b => !IsNull(b));
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    /// <summary>The schema's type names (<c>type</c> may be a string or an array such as ["integer", "string"]).</summary>
    public static IReadOnlyList<string> Types(JsonElement schema) =>
        schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];

    private static bool IsNull(JsonElement schema) => Types(schema) is ["null"];

    private static JsonNode? Value(JsonElement document, JsonElement schema, int depth)
    {
        schema = Resolve(document, schema);
        if (schema.ValueKind != JsonValueKind.Object) return null;
        if (schema.TryGetProperty("enum", out var values)) return JsonNode.Parse(values.EnumerateArray().First(v => v.ValueKind != JsonValueKind.Null).GetRawText());
        var types = Types(schema);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (types.Contains("object") || schema.TryGetProperty("properties", out _))
        {
            var result = new JsonObject();
            if (depth >= MaxDepth || !schema.TryGetProperty("properties", out var properties)) return result;
            foreach (var property in properties.EnumerateObject()) result[property.Name] = Value(document, property.Value, depth + 1);
            return result;
        }

        return types switch
        {
            _ when types.Contains("array") => new JsonArray(),
            _ when types.Contains("integer") || types.Contains("number") => JsonValue.Create(1),
            _ when types.Contains("boolean") => JsonValue.Create(false),
            _ when format == "uuid" => JsonValue.Create(Guid.NewGuid()),
            _ when format == "date" => JsonValue.Create("2026-03-01"),
            _ when format == "date-time" => JsonValue.Create("2026-03-01T09:00:00Z"),
            _ when types.Contains("string") => JsonValue.Create("x"),
            _ => null,
        };
    }
}
