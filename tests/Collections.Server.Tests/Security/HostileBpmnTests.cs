using System.Net;
using System.Text;
using System.Text.Json;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Security;

/// <summary>
/// One request with a hostile diagram must not end the server: a condition nested 10,000 deep (about 20 KB) used to
/// overflow the stack of the expression translator, which .NET cannot catch. Now it is a problem naming the flow and
/// its line, and the server answers the next request.
/// </summary>
public sealed class HostileBpmnTests
{
    private static readonly string DeepCondition = "${" + new string('(', 10_000) + "true" + new string(')', 10_000) + "}";

    private static readonly string Xml = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://example.com">
          <bpmn:process id="hostile" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="gw" />
            <bpmn:exclusiveGateway id="gw" default="other" />
            <bpmn:sequenceFlow id="deep" sourceRef="gw" targetRef="end">
              <bpmn:conditionExpression>{DeepCondition}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="other" sourceRef="gw" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static readonly int ConditionLine = Array.FindIndex(Xml.Split('\n'), l => l.Contains("<bpmn:conditionExpression>", StringComparison.Ordinal)) + 1;

    [Theory, SqliteData, PostgresData]
    public async Task Deploy_ConditionNestedTenThousandDeep_Returns422NamingFlowAndServerStillAnswers(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var staff = await StaffSession.SignInAsync(factory);
        using var content = new StringContent(Xml, Encoding.UTF8, "application/xml");

        using var response = await staff.PostAsync("/api/v1/deployments?name=hostile.bpmn", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = Assert.Single(body.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("bpmn.expression-syntax", problem.GetProperty("code").GetString());
        Assert.Equal("deep", problem.GetProperty("elementId").GetString());
        Assert.Equal(ConditionLine, problem.GetProperty("line").GetInt32());
        using var health = await staff.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task DesignerValidate_ConditionNestedTenThousandDeep_ReportsProblemNamingFlowAndServerStillAnswers(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var staff = await StaffSession.SignInAsync(factory);
        using var content = new StringContent(Xml, Encoding.UTF8, "application/xml");

        using var response = await staff.PostAsync("/api/v1/designer/validate?name=hostile.bpmn", content);

        // The designer's validation answers 200 with its list of problems (the editor marks each element); only
        // deployments refuse with 422.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(body.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("bpmn.expression-syntax", problem.GetProperty("code").GetString());
        Assert.Equal("deep", problem.GetProperty("elementId").GetString());
        Assert.Equal(ConditionLine, problem.GetProperty("line").GetInt32());
        Assert.Contains("nested more than 64 levels deep", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        using var health = await staff.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
