using System.Text.Json;
using System.Text.Json.Serialization;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime.State;

/// <summary>Reads and writes the instance document.</summary>
internal static class InstanceStateSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new VariableValueConverter(), new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, Options);

    public static InstanceState Deserialize(string document) =>
        JsonSerializer.Deserialize<InstanceState>(document, Options) ?? throw new InvalidOperationException("Empty instance document.");

    private sealed class VariableValueConverter : JsonConverter<VariableValue>
    {
        public override VariableValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            return VariableJson.Read(doc.RootElement);
        }

        public override void Write(Utf8JsonWriter writer, VariableValue value, JsonSerializerOptions options) =>
            VariableJson.Write(writer, value);
    }
}
