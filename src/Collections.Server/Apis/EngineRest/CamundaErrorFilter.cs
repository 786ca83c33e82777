using Collections.Engine.Errors;
using Collections.Server.Apis.EngineRest.Contracts;

namespace Collections.Server.Apis.EngineRest;

/// <summary>
/// Answers engine errors on <c>/engine-rest</c> in Camunda's error JSON instead of problem details, so Camunda clients
/// read them: unknown task 404 (<c>InvalidRequestException</c>), a report from a worker that no longer holds the lock
/// 400 (<c>BadUserRequestException</c>, as Camunda; the result is not applied), a bad request 400. JSON goes out with
/// Camunda's exact content type.
/// </summary>
internal sealed class CamundaErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // Camunda answers "application/json" without a charset, and camunda-external-task-client-js parses a body as
        // JSON only on that exact header; "application/json; charset=utf-8" reaches its handlers as a raw buffer.
        var response = context.HttpContext.Response;
        response.OnStarting(() =>
        {
            if (response.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true) response.ContentType = "application/json";
            return Task.CompletedTask;
        });
        try
        {
            return await next(context);
        }
        catch (CollectionsException error)
        {
            var (status, type) = error switch
            {
                NotFoundException => (StatusCodes.Status404NotFound, "InvalidRequestException"),
                ExternalTaskLockException => (StatusCodes.Status400BadRequest, "BadUserRequestException"),
                InvalidRequestException => (StatusCodes.Status400BadRequest, "InvalidRequestException"),
                ConcurrencyConflictException => (StatusCodes.Status500InternalServerError, "OptimisticLockingException"),
                _ => (StatusCodes.Status500InternalServerError, "ProcessEngineException"),
            };
            return TypedResults.Json(new CamundaErrorDto(type, error.Message, error.Code), statusCode: status);
        }
    }

    /// <summary>A request Camunda would refuse before reaching the engine.</summary>
    public static InvalidRequestException Invalid(string field, string message) => new("engine-rest.invalid", message, field);
}
