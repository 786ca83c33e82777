namespace Collections.Server.Errors;

/// <summary>
/// Gives the problems nobody wrote a code for the documented shape (docs/api.md, "Error codes"): the bodies that
/// status-code pages write for a bare 401 (authentication challenge), 403 (authorization), 404 (no route), 405,
/// 415 (endpoint matching) and the framework's own 400 and 500 get <c>code</c> from <see cref="ProblemCodes.ForStatus"/>,
/// and <c>type</c> = <c>https://collections.dev/problems/{code}</c> instead of the RFC section link.
/// </summary>
internal static class ProblemCodeDefaults
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code")) return;

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (ProblemCodes.ForStatus(status, EndpointMatched(context.HttpContext)) is not { } code) return;

        problem.Status = status;
        problem.Type = CollectionsExceptionHandler.TypePrefix + code;
        problem.Title ??= ProblemCodes.All.FirstOrDefault(c => c.Code == code)?.Meaning;
        problem.Detail ??= DetailOf(code, context.HttpContext);
        problem.Extensions["code"] = code;
    }

    /// <summary>
    /// A real endpoint ran (its own 404 means a missing object, not a missing route). The 405 and 415 endpoints that
    /// routing substitutes when only the method or content type is wrong have no route pattern.
    /// </summary>
    private static bool EndpointMatched(HttpContext http) => http.GetEndpoint() is RouteEndpoint;

    private static string? DetailOf(string code, HttpContext http) => code switch
    {
        ProblemCodes.RouteNotFound => $"Nothing at {http.Request.Method} {http.Request.Path}.",
        ProblemCodes.MethodNotAllowed => $"{http.Request.Path} does not take {http.Request.Method}.",
        ProblemCodes.UnsupportedMediaType => $"Send the body as application/json, not {(string.IsNullOrEmpty(http.Request.ContentType) ? "without a Content-Type" : http.Request.ContentType)}.",
        ProblemCodes.Unauthenticated => "Send an API key as 'Authorization: Bearer KEY' (unknown and revoked keys are refused), or sign in.",
        ProblemCodes.Forbidden => "This API key or role may not do this; see the scopes in docs/api.md.",
        _ => null,
    };
}
