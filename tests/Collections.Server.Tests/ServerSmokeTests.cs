using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Collections.Server.Tests.Infrastructure;

namespace Collections.Server.Tests;

/// <summary>The run command's promises (issue 3 item 1): health, OpenAPI, Swagger UI, deployments as problems.</summary>
public sealed class ServerSmokeTests(CollectionsServerFactory factory) : IClassFixture<CollectionsServerFactory>
{
    [Fact]
    public async Task Health_SqliteDatabase_ReturnsHealthyWithProvider()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("sqlite", body.RootElement.GetProperty("database").GetProperty("provider").GetString());
        Assert.Equal("healthy", body.RootElement.GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_Get_ListsApiV1Paths()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = body.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/process-definitions", paths);
        Assert.Contains("/api/v1/deployments", paths);
        Assert.Contains("/api/v1/process-instances", paths);
        Assert.Contains("/api/v1/tasks", paths);
        Assert.Contains("/api/v1/incidents", paths);
    }

    [Fact]
    public async Task SwaggerUi_Get_ServesHtml()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Deployments_InvalidBpmn_Returns422ProblemNamingElement()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(TestBpmn.Invalid, Encoding.UTF8, "application/xml");

        using var response = await client.PostAsync("/api/v1/deployments?name=smoke-invalid.bpmn", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("https://collections.dev/problems/bpmn.invalid", body.RootElement.GetProperty("type").GetString());
        var problems = body.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("elementId").GetString() == TestBpmn.InvalidElementId
            && p.GetProperty("line").GetInt32() == TestBpmn.InvalidElementLine);
    }

    [Fact]
    public async Task Deployments_ValidBpmnAsMultipart_Returns201WithDefinition()
    {
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new StringContent(TestBpmn.Valid, Encoding.UTF8);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        form.Add(file, "file", "smoke-valid.bpmn");

        using var response = await client.PostAsync("/api/v1/deployments", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var definition = Assert.Single(body.RootElement.GetProperty("definitions").EnumerateArray());
        Assert.Equal("smoke-valid", definition.GetProperty("key").GetString());
    }

    [Fact]
    public async Task ProcessDefinition_UnknownId_Returns404Problem()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/v1/process-definitions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
