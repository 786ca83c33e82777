using System.Security.Claims;
using System.Text.Json.Nodes;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Expressions;
using Collections.Engine.Parsing;
using Collections.Server.Hosting;
using Collections.Server.Publishing;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// The designer's server side: validation with the engine's parser, the element templates, publishing with a change
/// note (the version records the signed-in publisher), and every version of a process with its source, note and
/// running cases (also read by the version view).
/// </summary>
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
        app.MapPost("/api/v1/designer/publish", PublishAsync).WithTags("Designer").RequireAuthorization(StaffPolicies.Designer)
            .WithName("PublishFromDesigner")
            .WithSummary("Deploys the diagram as version N+1 (identical XML: no new version), keeping the change note and the signed-in publisher.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapGet("/api/v1/designer/processes/{key}/versions", ListVersionsAsync).WithTags("Designer").RequireAuthorization(StaffPolicies.ProcessOperator)
            .WithName("ListDesignerVersions")
            .WithSummary("Every version of a process, newest first: source (file, designer, api) and by whom, change note, running cases.")
            .ProducesProblem(StatusCodes.Status404NotFound);
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

    /// <summary>
    /// The designer's publish. The note is required here (a process owner says why the process changed); the engine
    /// keeps it with the version, where the version view shows it.
    /// </summary>
    public static async Task<Created<DeploymentResult>> PublishAsync(
        DesignerPublishBody body, ClaimsPrincipal user, IProcessEngine engine, Audit.IAuditTrail audit, CancellationToken cancellationToken)
    {
        var note = body.ChangeNote?.Trim();
        if (string.IsNullOrEmpty(note))
        {
            throw new InvalidRequestException("designer.change-note-required", "Say in a short note what this version changes.", "changeNote");
        }

        if (note.Length > DeploymentRequest.MaxChangeNoteLength)
        {
            throw new InvalidRequestException("deployment.change-note-too-long",
                $"The change note has {note.Length} characters; at most {DeploymentRequest.MaxChangeNoteLength} are kept.", "changeNote");
        }

        if (string.IsNullOrWhiteSpace(body.Xml))
        {
            throw new InvalidRequestException("designer.xml-required", "Send the diagram's BPMN XML.", "xml");
        }

        if (body.Xml.Length > ProcessDefinitionsApi.MaxBpmnBytes)
        {
            throw new InvalidRequestException("designer.xml-too-large", "The BPMN is over 10 MB.", "xml");
        }

        var name = string.IsNullOrWhiteSpace(body.Name) ? "diagram.bpmn" : Path.GetFileName(body.Name.Trim());
        var request = new DeploymentRequest(name, body.Xml)
        {
            Source = DeploymentSource.Designer(PublisherReference.UserId(user)),
            ChangeNote = note,
        };
        using var entry = audit.Record(Audit.AuditActions.DefinitionDeployed, $"resource:{name}", details: new
        {
            name, changeNote = note, source = "designer",
            sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body.Xml))),
        });
        var result = await engine.DeployAsync(request, cancellationToken);
        var location = result.Definitions.Count > 0 ? $"/api/v1/process-definitions/{result.Definitions[0].Id}" : null;
        return TypedResults.Created(location, result);
    }

    public static async Task<Ok<List<VersionDto>>> ListVersionsAsync(
        string key, IProcessMigration migration, VersionSourceNames names, CancellationToken cancellationToken)
    {
        var versions = await migration.ListVersionsAsync(key, cancellationToken);
        var list = new List<VersionDto>(versions.Count);
        foreach (var v in versions)
        {
            var d = v.Definition;
            list.Add(new VersionDto(d.Id, d.Key, d.Version, d.Name, d.ResourceName, d.DeployedAt, d.Source?.Kind,
                await names.DescribeAsync(d.Source, cancellationToken), d.ChangeNote, v.RunningInstances));
        }

        return TypedResults.Ok(list);
    }
}
