using Collections.Engine.Api;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// The designer's version view: per activity of one process definition (one version), how many cases wait there and how
/// many open incidents it has, counted in SQL by the engine (<see cref="IProcessQueries.GetActivityStatisticsAsync"/>).
/// </summary>
public static class ActivityStatsApi
{
    public static IEndpointRouteBuilder MapActivityStatsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/staff/definitions/{id:guid}/activity-stats", GetAsync).WithTags("Designer")
            .RequireAuthorization(StaffPolicies.ProcessOperator)
            .WithName("GetActivityStatistics")
            .WithSummary("Waiting tokens and open incidents per activity of one process definition version; activities with neither are left out.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>An unknown definition id is a 404 problem (the engine's not-found error).</summary>
    public static async Task<Ok<IReadOnlyList<ActivityStatistics>>> GetAsync(Guid id, IProcessQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.GetActivityStatisticsAsync(id, cancellationToken));
}
