using Collections.Server.Apis.Domain;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collections.Server.Apis.Staff.ProcessStates;

/// <summary>
/// The Processes pages' view of an instance: its case's state beside the process's, and what the process waits for
/// and until when, so a process still running on a closed case says why. Any signed-in staff member.
/// </summary>
public static class ProcessStatesApi
{
    public static IEndpointRouteBuilder MapProcessStatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/staff/process-states").WithTags("Staff processes").RequireAuthorization(StaffPolicies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", ListAsync).WithName("ListProcessStates")
            .WithSummary($"Active process instances (up to {ProcessStateReader.MaxInstances}) with their case's state and what each waits for.");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetProcessState")
            .WithSummary("One process instance with its case's state and what it waits for (until when, and why).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ProcessStateDto>>> ListAsync(ProcessStateReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ListActiveAsync(cancellationToken));

    public static async Task<Results<Ok<ProcessStateDto>, ProblemHttpResult>> GetAsync(Guid id, ProcessStateReader reader, CancellationToken cancellationToken) =>
        await reader.GetAsync(id, cancellationToken) is { } state
            ? TypedResults.Ok(state)
            : TypedResults.Problem(DomainApiResults.NotFound("Process instance", id.ToString()));
}
