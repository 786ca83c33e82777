using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Collections.Server.Apis.Contracts;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Collections.Server.Audit;

namespace Collections.Server.Apis.Operations;

/// <summary>
/// What operators look at: jobs by state, incidents with retry, and the executor of each node. Needs an API
/// key with the <c>admin</c> scope until staff sign-in brings the admin role.
/// </summary>
public static class OperationsApi
{
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/operations").WithTags("Operations").RequireAuthorization(ApiKeyPolicies.Admin);
        api.MapGet("/jobs", OverviewAsync).WithName("JobsOverview")
            .WithSummary("Job counts by state, the locks each node holds, instance counts, and this node's executor.");
        api.MapGet("/jobs/{kind}", ListJobsAsync).WithName("ListJobsByState").WithSummary("Jobs that are due, locked, failed or scheduled.");
        api.MapGet("/incidents", ListIncidentsAsync).WithName("ListOperationsIncidents");
        api.MapPost("/incidents/{id:guid}/retry", RetryIncidentAsync).WithName("RetryOperationsIncident")
            .WithSummary("Sets the retries again and runs the failed step; the instance goes on.");
        api.MapGet("/executor", ExecutorAsync).WithName("ExecutorStatus")
            .WithSummary("This node's executor (last acquisition, jobs run, in flight) and every node's held locks.");
        return app;
    }

    public static async Task<Ok<JobOverview>> OverviewAsync(IJobOperations operations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await operations.GetOverviewAsync(cancellationToken));

    public static async Task<Results<Ok<IReadOnlyList<JobInfo>>, NotFound>> ListJobsAsync(
        string kind, int? skip, int? take, IJobOperations operations, CancellationToken cancellationToken) =>
        Enum.TryParse<JobListKind>(kind, ignoreCase: true, out var parsed)
            ? TypedResults.Ok(await operations.ListJobsAsync(parsed, ApiVariables.Skip(skip), ApiVariables.Take(take), cancellationToken))
            : TypedResults.NotFound();

    public static async Task<Ok<IReadOnlyList<IncidentInfo>>> ListIncidentsAsync(
        IProcessQueries queries, bool? openOnly, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListIncidentsAsync(new IncidentQuery(null, null, openOnly ?? true, ApiVariables.Skip(skip), ApiVariables.Take(take)), cancellationToken));

    public static async Task<NoContent> RetryIncidentAsync(Guid id, RetryIncidentBody? body, IProcessEngine engine, EngineSignals signals, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using (audit.Record(AuditActions.IncidentRetried, $"incident:{id}", details: new { retries = Math.Max(body?.Retries ?? 1, 1) }))
        {
            await engine.RetryIncidentAsync(id, Math.Max(body?.Retries ?? 1, 1), cancellationToken);
        }

        signals.NotifyJobs(); // the job is due now; do not wait for the next poll
        return TypedResults.NoContent();
    }

    public static async Task<Ok<ExecutorView>> ExecutorAsync(IJobOperations operations, CancellationToken cancellationToken)
    {
        var overview = await operations.GetOverviewAsync(cancellationToken);
        return TypedResults.Ok(new ExecutorView(overview.ThisNode, overview.Nodes, overview.Due, overview.Locked));
    }

    /// <summary>This node in detail; the others as the database sees them (their unexpired locks); the backlog of due jobs.</summary>
    public sealed record ExecutorView(ExecutorNodeStatus ThisNode, IReadOnlyList<NodeLocks> Nodes, long Backlog, long Locked);
}
