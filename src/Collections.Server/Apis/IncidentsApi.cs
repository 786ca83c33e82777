using Collections.Engine.Api;
using Collections.Server.Apis.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Collections.Server.Audit;

namespace Collections.Server.Apis;

/// <summary>Incidents (failed expressions, scripts, jobs, external tasks) and their retry.</summary>
public static class IncidentsApi
{
    public static IEndpointRouteBuilder MapIncidentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/incidents").WithTags("Incidents");
        api.MapGet("/", ListAsync)
            .WithName("ListIncidents").WithSummary("Incidents, by default only open ones, optionally of one instance tree.");
        api.MapPost("/{id:guid}/retry", RetryAsync)
            .WithName("RetryIncident").WithSummary("Resolves the incident by running the failed step again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<IncidentInfo>>> ListAsync(
        IProcessQueries queries, Guid? processInstanceId, Guid? rootInstanceId, bool? openOnly, int? skip, int? take,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListIncidentsAsync(
            new IncidentQuery(processInstanceId, rootInstanceId, openOnly ?? true, ApiVariables.Skip(skip), ApiVariables.Take(take)),
            cancellationToken));

    public static async Task<NoContent> RetryAsync(Guid id, RetryIncidentBody? body, IProcessEngine engine, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.IncidentRetried, $"incident:{id}", details: new { retries = Math.Max(body?.Retries ?? 1, 1) });
        await engine.RetryIncidentAsync(id, Math.Max(body?.Retries ?? 1, 1), cancellationToken);
        return TypedResults.NoContent();
    }
}
