using System.Text.Json;
using System.Text.Json.Nodes;
using Collections.Engine.Errors;
using Collections.Engine.Variables;
using Collections.Server.Apis.EngineRest;
using Collections.Server.Apis.EngineRest.Contracts;

namespace Collections.Server.Tests.EngineRest;

/// <summary>Camunda's typed variable JSON both ways; money stays decimal inside.</summary>
public sealed class CamundaVariablesTests
{
    [Fact]
    public void ToEngine_EveryCamundaType_GivesTheEngineType()
    {
        var json = """
            {
              "amount": {"value": 12.5, "type": "Double"},
              "name": {"value": "ACME", "type": "String"},
              "paid": {"value": false, "type": "Boolean"},
              "count": {"value": 3, "type": "Integer"},
              "big": {"value": 9000000000, "type": "Long"},
              "small": {"value": 7, "type": "Short"},
              "due": {"value": "2026-03-02T09:00:00.000+0100", "type": "Date"},
              "doc": {"value": "{\"a\":1}", "type": "Json"},
              "obj": {"value": "{\"b\":2}", "type": "Object", "valueInfo": {"objectTypeName": "java.util.HashMap", "serializationDataFormat": "application/json"}},
              "nothing": {"value": null, "type": "Null"}
            }
            """;
        var dtos = JsonSerializer.Deserialize<Dictionary<string, CamundaVariableDto>>(json, JsonSerializerOptions.Web)!;

        var values = CamundaVariables.ToEngine(dtos)!;

        Assert.Equal(VariableValue.Decimal(12.5m), values["amount"]);
        Assert.Equal(VariableValue.String("ACME"), values["name"]);
        Assert.Equal(VariableValue.False, values["paid"]);
        Assert.Equal(VariableValue.Integer(3), values["count"]);
        Assert.Equal(VariableValue.Integer(9_000_000_000), values["big"]);
        Assert.Equal(VariableValue.Integer(7), values["small"]);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), ((VariableValue)values["due"]!).Value);
        Assert.Equal("{\"a\":1}", ((JsonNode)((VariableValue)values["doc"]!).Value!).ToJsonString());
        Assert.Equal("{\"b\":2}", ((JsonNode)((VariableValue)values["obj"]!).Value!).ToJsonString());
        Assert.Equal(VariableValue.Null, values["nothing"]);
    }

    [Fact]
    public void FromEngine_DecimalAndDate_GoOutAsDoubleAndCamundaDate()
    {
        var amount = CamundaVariables.FromEngine(VariableValue.Decimal(1200.50m));
        var due = CamundaVariables.FromEngine(VariableValue.DateTime(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal("Double", amount.Type);
        Assert.Equal(1200.5, amount.Value!.GetValue<double>());
        Assert.Equal("Date", due.Type);
        Assert.Equal("2026-03-02T09:00:00.000+0000", due.Value!.GetValue<string>());
    }

    [Fact]
    public void ToEngine_BytesType_IsRefusedNamingTheVariable()
    {
        var dtos = new Dictionary<string, CamundaVariableDto> { ["file"] = new(JsonValue.Create("AAEC"), "Bytes", null) };

        var error = Assert.Throws<InvalidRequestException>(() => CamundaVariables.ToEngine(dtos));

        Assert.Contains("'file'", error.Message);
    }
}
