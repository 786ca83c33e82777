using System.Security.Claims;
using System.Text;
using Collections.Engine.Api;
using Collections.Server.Publishing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Collections.Server.Audit;

namespace Collections.Server.Apis;

/// <summary>Deployed process definitions, their XML, and deployments of new BPMN files.</summary>
public static class ProcessDefinitionsApi
{
    /// <summary>Same limit as the parser's: a BPMN file over 10 MB is refused before it is read.</summary>
    public const long MaxBpmnBytes = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapProcessDefinitionsApi(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup("/api/v1/process-definitions").WithTags("Process definitions");
        definitions.MapGet("/", ListDefinitionsAsync)
            .WithName("ListProcessDefinitions").WithSummary("Lists deployed definitions, by default only the latest version of each key.");
        definitions.MapGet("/{id:guid}", GetDefinitionAsync)
            .WithName("GetProcessDefinition").WithSummary("One deployed definition.");
        definitions.MapGet("/{id:guid}/xml", GetDefinitionXmlAsync)
            .WithName("GetProcessDefinitionXml").WithSummary("The BPMN XML exactly as deployed.")
            .Produces<string>(StatusCodes.Status200OK, "application/xml");

        var deployments = app.MapGroup("/api/v1/deployments").WithTags("Deployments");
        deployments.MapPost("/", DeployAsync)
            .WithName("CreateDeployment")
            .WithSummary("Deploys one BPMN file, sent as multipart form data (one file) or as a raw XML body with ?name=file.bpmn; ?changeNote= is kept with a new version.")
            .Accepts<IFormFile>("multipart/form-data", "application/xml", "text/xml", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ProcessDefinitionInfo>>> ListDefinitionsAsync(
        IProcessQueries queries, string? key, bool? latestOnly, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListDefinitionsAsync(key, latestOnly ?? true, cancellationToken));

    public static async Task<Results<Ok<ProcessDefinitionInfo>, NotFound<ProblemDetails>>> GetDefinitionAsync(
        Guid id, IProcessQueries queries, CancellationToken cancellationToken) =>
        await queries.GetDefinitionAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.NotFound(NotFound(id));

    public static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetDefinitionXmlAsync(
        Guid id, IProcessQueries queries, CancellationToken cancellationToken) =>
        await queries.GetDefinitionXmlAsync(id, cancellationToken) is { } xml
            ? TypedResults.Text(xml, "application/xml")
            : TypedResults.NotFound(NotFound(id));

    /// <summary>Deploys a BPMN file; an invalid one is answered with 422 <c>bpmn.invalid</c> listing its problems.</summary>
    public static async Task<Results<Created<DeploymentResult>, BadRequest<ProblemDetails>>> DeployAsync(
        HttpRequest request, ClaimsPrincipal user, IProcessEngine engine, IAuditTrail audit, string? name, string? changeNote, CancellationToken cancellationToken)
    {
        var upload = await ReadUploadAsync(request, name, cancellationToken);
        if (upload.Error is { } error)
        {
            return TypedResults.BadRequest(new ProblemDetails { Title = "Invalid deployment request", Detail = error, Status = 400 });
        }

        using var entry = audit.Record(AuditActions.DefinitionDeployed, $"resource:{upload.Name}",
            details: new { name = upload.Name, changeNote, sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(upload.Xml!))) });
        var deployment = new DeploymentRequest(upload.Name!, upload.Xml!) { Source = PublisherReference.Api(user), ChangeNote = changeNote };
        var result = await engine.DeployAsync(deployment, cancellationToken);
        var location = result.Definitions.Count > 0 ? $"/api/v1/process-definitions/{result.Definitions[0].Id}" : null;
        return TypedResults.Created(location, result);
    }

    private static async Task<(string? Name, string? Xml, string? Error)> ReadUploadAsync(
        HttpRequest request, string? name, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBpmnBytes)
        {
            return (null, null, $"The body is over the {MaxBpmnBytes} byte limit.");
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count != 1)
            {
                return (null, null, $"Send exactly one BPMN file per deployment; got {form.Files.Count}.");
            }

            var file = form.Files[0];
            if (file.Length > MaxBpmnBytes)
            {
                return (null, null, $"{file.FileName} is over the {MaxBpmnBytes} byte limit.");
            }

            using var reader = new StreamReader(file.OpenReadStream());
            return (name ?? Path.GetFileName(file.FileName), await reader.ReadToEndAsync(cancellationToken), null);
        }

        using var body = new StreamReader(request.Body);
        var text = new StringBuilder();
        var chunk = new char[81920];
        int read;
        while ((read = await body.ReadAsync(chunk.AsMemory(), cancellationToken)) > 0)
        {
            if (text.Length + read > MaxBpmnBytes)
            {
                return (null, null, $"The body is over the {MaxBpmnBytes} byte limit.");
            }

            text.Append(chunk, 0, read);
        }

        return text.Length == 0
            ? (null, null, "The body is empty: send BPMN XML, or a multipart form with one file.")
            : (name ?? "deployment.bpmn", text.ToString(), null);
    }

    private static ProblemDetails NotFound(Guid id) =>
        new() { Title = "Process definition not found", Detail = $"No process definition {id}.", Status = 404 };
}
