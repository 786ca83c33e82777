using Microsoft.Extensions.Options;

namespace Collections.Server.Security;

/// <summary>
/// Adds the browser protections to every response (API, SPA, static files, errors): no MIME sniffing, no referrer,
/// no framing, and the Content-Security-Policy of <see cref="SecurityHeadersOptions"/>. Set when the response starts,
/// so error pages written later in the pipeline carry them too; a header an endpoint set itself is kept.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var settings = options.Value;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            headers.TryAdd("Referrer-Policy", settings.ReferrerPolicy);
            headers.TryAdd("X-Frame-Options", settings.FrameOptions);
            headers.TryAdd("Content-Security-Policy", settings.ContentSecurityPolicy);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
