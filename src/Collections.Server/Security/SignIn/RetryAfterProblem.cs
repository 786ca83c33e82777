using System.Globalization;

namespace Collections.Server.Security.SignIn;

/// <summary>A 429 problem with <c>Retry-After</c> in whole seconds (at least 1), for throttled and locked sign-ins.</summary>
public sealed class RetryAfterProblem(string code, string title, string detail, TimeSpan retryAfter) : IResult
{
    public string Code => code;

    public TimeSpan RetryAfter => retryAfter;

    public static RetryAfterProblem TooManyAttempts(TimeSpan retryAfter) => new(StaffProblems.TooManyAttempts, "Too many sign-in attempts",
        "Too many sign-in attempts; wait before trying again.", retryAfter);

    public static RetryAfterProblem LockedOut(TimeSpan retryAfter) => new(StaffProblems.LockedOut, "Account locked",
        "The account is locked after repeated wrong passwords; wait before trying again.", retryAfter);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(StaffProblems.Create(429, title, code, detail)).ExecuteAsync(httpContext);
    }
}
