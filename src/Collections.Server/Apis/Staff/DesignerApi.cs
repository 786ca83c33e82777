using System.Text.Json.Nodes;
using Collections.Engine.Expressions;
using Collections.Engine.Parsing;
using Collections.Server.Hosting;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Apis.Staff;

/// <summary>The designer's server side: validation with the engine's parser, and the element templates.</summary>
public static class DesignerApi
{
    public static IEndpointRouteBuilder MapDesignerApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/designer/validate", ValidateAsync).WithTags("Designer").RequireAuthorization(StaffPolicies.Designer)
            .WithName("ValidateBpmn")
            .WithSummary("Parses BPMN XML (the raw body) exactly as a deployment would; answers every problem with its element id.")
            .Accepts<string>("application/xml", "text/xml");
        app.MapGet("/api/v1/element-templates", GetElementTemplatesAsync).WithTags("Designer").RequireAuthorization(StaffPolicies.Designer)
            .WithName("ListElementTemplates").WithSummary("Every element template of workflows/element-templates/*.json, as one array.");
        return app;
    }

    public static async Task<Results<Ok<ValidationResultDto>, BadRequest<ProblemDetails>>> ValidateAsync(
        HttpRequest request, string? name, CancellationToken cancellationToken)
    {
        if (request.ContentLength > ProcessDefinitionsApi.MaxBpmnBytes)
        {
            return TypedResults.BadRequest(new ProblemDetails { Status = 400, Title = "Too large", Detail = "The BPMN is over 10 MB." });
        }

        using var reader = new StreamReader(request.Body);
        var xml = await reader.ReadToEndAsync(cancellationToken);
        var result = new BpmnParser(new ExpressionCompiler()).Parse(xml, name ?? "diagram.bpmn");
        return TypedResults.Ok(new ValidationResultDto(
            result.IsValid,
            result.Problems.Select(p => new ValidationProblemDto(
                p.Severity == BpmnProblemSeverity.Error ? "error" : "warning", p.Code, p.Message, p.ElementKind, p.ElementId, p.Line, p.Column))
            .ToList()));
    }

    /// <summary>The templates beside the deployed workflows (<c>Collections:Workflows:Path</c>, default the repository's <c>workflows/</c>).</summary>
    internal static async Task<Ok<JsonArray>> GetElementTemplatesAsync(WorkflowFolderDeployer workflows, CancellationToken cancellationToken)
    {
        var all = new JsonArray();
        var folder = workflows.Folder is { } root ? Path.Combine(root, "element-templates") : null;
        if (folder is null || !Directory.Exists(folder))
        {
            return TypedResults.Ok(all);
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(file);
            var node = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken);
            foreach (var template in node is JsonArray many ? many.ToList() : [node])
            {
                if (template is not null)
                {
                    all.Add(template.DeepClone());
                }
            }
        }

        return TypedResults.Ok(all);
    }
}
