using Collections.Engine.Api;
using Collections.Server.Apis.Contracts;
using Collections.Server.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collections.Server.Apis;

/// <summary>
/// Triggering a waiting execution, Camunda 7's <c>POST /execution/{id}/signal</c>. Our executions live inside the
/// instance document and have no id of their own outside it, so the path names the process instance (in Camunda the
/// id of its root execution) and the body names the activity where the token waits.
/// </summary>
public static class ExecutionsApi
{
    public static IEndpointRouteBuilder MapExecutionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/executions").WithTags("Executions");
        api.MapPost("/{id:guid}/trigger", TriggerAsync)
            .WithName("TriggerExecution")
            .WithSummary("Moves on the token of process instance `id` waiting at a receive task without a message.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<NoContent> TriggerAsync(
        Guid id, TriggerExecutionBody body, IProcessEngine engine, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.ExecutionTriggered, $"process-instance:{id}", details: new { body.ActivityId });
        await engine.TriggerAsync(id, body.ActivityId, ApiVariables.ToEngine(body.Variables), cancellationToken);
        return TypedResults.NoContent();
    }
}
