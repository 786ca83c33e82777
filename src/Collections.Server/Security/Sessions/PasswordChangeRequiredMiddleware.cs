using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Security.Sessions;

/// <summary>
/// While the signed-in user holds a generated or reset password (<see cref="StaffClaimTypes.MustChangePassword"/>),
/// every API call but the password change, sign-out and <c>GET /api/v1/me</c> answers 403
/// <c>auth.password-change-required</c>; the UI reads <c>mustChangePassword</c> from <c>/me</c> and opens its change page.
/// </summary>
internal sealed class PasswordChangeRequiredMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(StaffClaimTypes.MustChangePassword, "true") && IsGuarded(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            var problem = StaffProblems.Create(403, "Password change required", StaffProblems.PasswordChangeRequired,
                "Change your password (POST /api/v1/me/password) before doing anything else.");
            await Results.Problem(problem).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool IsGuarded(HttpRequest request)
    {
        var path = request.Path;
        if (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/engine-rest"))
        {
            return false; // the UI's files: it must load to show the change page
        }

        var allowed = path.StartsWithSegments("/api/v1/auth")
            || path.StartsWithSegments("/api/v1/me/password")
            || (HttpMethods.IsGet(request.Method) && IsExactly(path, "/api/v1/me"));
        return !allowed;
    }

    private static bool IsExactly(PathString path, string value) =>
        string.Equals(path.Value?.TrimEnd('/'), value, StringComparison.OrdinalIgnoreCase);
}
