using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Security;

/// <summary>
/// Anti-forgery for cookie-authenticated writes: a POST, PUT, PATCH or DELETE under <c>/api</c> that carries the
/// sign-in cookie and is not authenticated by an API key must echo the <c>XSRF-TOKEN</c> cookie in <c>X-XSRF-TOKEN</c>.
/// Sign-in itself is exempt (there is no session to ride on yet). API-key calls are not cookie-borne, so no token.
/// </summary>
internal sealed class StaffAntiforgeryMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var request = context.Request;
        if (IsWrite(request.Method)
            && request.Path.StartsWithSegments("/api")
            && !request.Path.StartsWithSegments("/api/v1/auth/login")
            && context.User.Identity?.AuthenticationType != StaffAuthenticationDefaults.ApiKeyScheme
            && request.Cookies.ContainsKey(StaffAuthenticationDefaults.CookieName)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await Results.Problem(new ProblemDetails
            {
                Status = 400,
                Title = "Anti-forgery token missing or invalid",
                Detail = $"Send the {StaffAuthenticationDefaults.AntiforgeryCookie} cookie's value in the {StaffAuthenticationDefaults.AntiforgeryHeader} header.",
                Type = "https://collections.dev/problems/antiforgery",
            }).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
