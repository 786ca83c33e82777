using System.Text.RegularExpressions;
using Collections.Server.Apis.Domain;
using Microsoft.AspNetCore.Diagnostics;

namespace Collections.Server.Apis;

/// <summary>
/// A query-string value that does not bind to its parameter's type (<c>take=abc</c>, <c>caseId=not-a-guid</c>,
/// <c>from=2026-13-45</c>, <c>limit=2147483648</c>) is 400 <c>request.invalid-value</c> naming the parameter in
/// <c>field</c> (docs/api.md), like a mistyped JSON field, instead of a generic bad request without a documented code.
/// Registered before <see cref="DomainExceptionHandler"/>; anything else falls through to it.
/// </summary>
internal sealed partial class QueryBindingExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad
            || BindFailure().Match(bad.Message) is not { Success: true } match
            || !httpContext.Request.Query.ContainsKey(match.Groups["name"].Value))
        {
            return false;
        }

        var name = match.Groups["name"].Value;
        var problem = DomainExceptionHandler.Problem(StatusCodes.Status400BadRequest, "Invalid request", "request.invalid-value",
            $"The value of '{name}' is malformed or out of range for its type.", name);
        problem.Instance = httpContext.Request.Path;
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>ASP.NET Core's message: <c>Failed to bind parameter "int? take" from "abc".</c></summary>
    [GeneratedRegex("""^Failed to bind parameter "(?:[^"]* )?(?<name>[A-Za-z0-9_]+)" from""")]
    private static partial Regex BindFailure();
}
