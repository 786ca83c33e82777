using System.Text.Json;
using System.Text.RegularExpressions;
using Collections.Domain.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Apis.Domain;

/// <summary>
/// RFC 7807 answers for the integrator API's own errors, each naming the field:
/// domain validation 400, domain conflict 409, malformed or mistyped JSON and unknown fields 400, bodies over the
/// limit 413. Registered before the engine's <c>CollectionsExceptionHandler</c>, which handles the rest.
/// </summary>
internal sealed partial class DomainExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public const string TypePrefix = "https://collections.dev/problems/";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            Collections.Domain.Outreach.Calls.ContactOutsideRulesException o => OutsideRules(o),
            DomainValidationException v => Problem(400, "Invalid request", v.Code, v.Message, v.Field),
            DomainConflictException c => Problem(409, "Conflict", c.Code, c.Message, null),
            BadHttpRequestException { StatusCode: 413 } => Problem(413, "Request too large", "request.too-large", $"The body exceeds {DomainApiLimits.MaxBodyBytes} bytes.", null),
            BadHttpRequestException { StatusCode: 415 } => Problem(415, "Unsupported media type", "request.unsupported-media-type", $"Send the body as application/json, not {(string.IsNullOrEmpty(httpContext.Request.ContentType) ? "without a Content-Type" : httpContext.Request.ContentType)}.", null),
            BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
            BadHttpRequestException when httpContext.Request.ContentLength == 0 => Problem(400, "Invalid request", "request.malformed-json", "The body is empty; send a JSON object.", null),
            BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request", "request.invalid", bad.Message, null),
            _ => null,
        };
        if (problem is null) return false;

        problem.Instance = httpContext.Request.Path;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    internal static ProblemDetails Problem(int status, string title, string code, string detail, string? field)
    {
        var problem = new ProblemDetails { Type = TypePrefix + code, Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        if (field is not null) problem.Extensions["field"] = field;
        return problem;
    }

    /// <summary>A contact outside the rules also names the rule, its arguments and the next allowed moment, for the UI to say in the user's language.</summary>
    private static ProblemDetails OutsideRules(Collections.Domain.Outreach.Calls.ContactOutsideRulesException o)
    {
        var problem = Problem(400, "Contact outside the rules", o.Code, o.Message, o.Field);
        problem.Extensions["rule"] = o.Rule.Code;
        problem.Extensions["profile"] = o.Rule.Profile;
        problem.Extensions["ruleArguments"] = o.Rule.Arguments;
        problem.Extensions["nextAllowedAt"] = o.NextAllowedAt;
        return problem;
    }

    private static ProblemDetails FromJson(JsonException json)
    {
        var field = json.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : null;
        if (json.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var name = QuotedName().Match(json.Message) is { Success: true } m ? m.Groups[1].Value : field;
            var full = field is not { Length: > 0 } ? name
                : name is null || field.EndsWith(name, StringComparison.Ordinal) ? field
                : $"{field}.{name}";
            return Problem(400, "Invalid request", "request.unknown-field", $"'{full}' is not a field of this request; unknown fields are refused, not ignored.", full);
        }

        // The reader's own errors (a truncated body, a stray comma) carry its exception inside; a value of the wrong
        // type (an amount sent as "1200.50") does not. Only the latter is one field's fault.
        if (field is null || json.InnerException is JsonException)
        {
            var where = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : string.Empty;
            return Problem(400, "Invalid request", "request.malformed-json", $"The body is not well-formed JSON{where}.", null);
        }

        return Problem(400, "Invalid request", "request.invalid-value", $"The value of '{field}' is missing, malformed or of the wrong type (numbers, money included, are JSON numbers, never strings).", field);
    }

    [GeneratedRegex("property '([^']+)'")]
    private static partial Regex QuotedName();
}
