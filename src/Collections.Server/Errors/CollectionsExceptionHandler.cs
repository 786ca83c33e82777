using Collections.Domain.Tasks;
using Collections.Engine.Errors;
using Collections.Server.Logging;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Errors;

/// <summary>
/// Turns every <see cref="CollectionsException"/> into an RFC 7807 response whose type is
/// <c>https://collections.dev/problems/{code}</c>. Anything else falls through to the default 500 problem.
/// </summary>
internal sealed class CollectionsExceptionHandler(IProblemDetailsService problemDetails, ILogger<CollectionsExceptionHandler> logger)
    : IExceptionHandler
{
    public const string TypePrefix = "https://collections.dev/problems/";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CollectionsException error)
        {
            return false;
        }

        var problem = ToProblem(error);
        problem.Instance = httpContext.Request.Path;
        ServerLog.RequestRefused(logger, problem.Status!.Value, error.Code, problem.Detail ?? error.Message);

        httpContext.Response.StatusCode = problem.Status.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The status, title and extensions for one error; public to the tests through InternalsVisibleTo.</summary>
    internal static ProblemDetails ToProblem(CollectionsException error)
    {
        var problem = new ProblemDetails
        {
            Type = TypePrefix + error.Code,
            Status = StatusOf(error),
            Title = TitleOf(error),
            Detail = error.Message,
        };
        problem.Extensions["code"] = error.Code;

        switch (error)
        {
            case BpmnValidationException invalid:
                problem.Detail = $"{invalid.ResourceName} has {invalid.Problems.Count} problem(s).";
                problem.Extensions["resourceName"] = invalid.ResourceName;
                problem.Extensions["problems"] = invalid.Problems.Select(p => new ProblemEntry(
                    p.Severity.ToString().ToLowerInvariant(), p.Code, p.Message, p.ElementKind, p.ElementId, p.Line, p.Column)).ToList();
                break;
            case NotFoundException notFound:
                problem.Extensions["what"] = notFound.What;
                problem.Extensions["id"] = notFound.Id;
                break;
            case InvalidRequestException { Field: { } field }:
                problem.Extensions["field"] = field;
                break;
            case MessageCorrelationException correlation:
                problem.Extensions["messageName"] = correlation.MessageName;
                problem.Extensions["matches"] = correlation.Matches;
                break;
            case TriggerException trigger:
                problem.Extensions["processInstanceId"] = trigger.ProcessInstanceId;
                problem.Extensions["activityId"] = trigger.ActivityId;
                problem.Extensions["waiting"] = trigger.Waiting;
                break;
            case ExternalTaskLockException lockLost:
                problem.Extensions["taskId"] = lockLost.TaskId;
                problem.Extensions["workerId"] = lockLost.WorkerId;
                break;
        }

        return problem;
    }

    private static int StatusOf(CollectionsException error) => error switch
    {
        TaskRefusedException { IsConflict: true } => StatusCodes.Status409Conflict,
        TaskRefusedException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        BpmnValidationException => StatusCodes.Status422UnprocessableEntity,
        InvalidRequestException or ExpressionSyntaxException => StatusCodes.Status400BadRequest,
        MessageCorrelationException { Matches: 0 } => StatusCodes.Status404NotFound,
        MessageCorrelationException => StatusCodes.Status409Conflict,
        ConcurrencyConflictException or ExternalTaskLockException or TriggerException => StatusCodes.Status409Conflict,
        ExpressionEvaluationException => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleOf(CollectionsException error) => error switch
    {
        TaskRefusedException => "Task not available",
        NotFoundException => "Not found",
        BpmnValidationException => "Invalid BPMN",
        ExpressionSyntaxException => "Invalid expression",
        InvalidRequestException => "Invalid request",
        MessageCorrelationException { Matches: 0 } => "No matching message subscription",
        MessageCorrelationException => "Ambiguous message correlation",
        ConcurrencyConflictException => "Concurrent change",
        TriggerException { Waiting: 0 } => "Nothing waits for a trigger",
        TriggerException => "Ambiguous trigger",
        ExternalTaskLockException => "External task lock lost",
        ExpressionEvaluationException => "Expression failed",
        _ => "Request refused",
    };

    /// <summary>One BPMN problem in the <c>problems</c> extension.</summary>
    internal sealed record ProblemEntry(
        string Severity, string Code, string Message, string? ElementKind, string? ElementId, int Line, int Column);
}
