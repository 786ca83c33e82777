using Microsoft.AspNetCore.Http.Features;

namespace Collections.Server.Apis.Domain;

/// <summary>
/// Refuses integrator requests over <see cref="DomainApiLimits.MaxBodyBytes"/> before anything reads them: 413 when
/// Content-Length says so, and a server-enforced limit for chunked bodies (Kestrel then fails the read with 413,
/// which <see cref="DomainExceptionHandler"/> answers). Runs first in the pipeline, for the integrator paths only.
/// </summary>
internal sealed class DomainApiBodyLimit : IStartupFilter
{
    private static readonly string[] Paths = ["/api/v1/debtors", "/api/v1/invoices", "/api/v1/cases", "/api/v1/webhooks"];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, nextMiddleware) =>
        {
            if (Paths.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                if (http.Request.ContentLength > DomainApiLimits.MaxBodyBytes)
                {
                    var problem = DomainExceptionHandler.Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", "request.too-large", $"The body exceeds {DomainApiLimits.MaxBodyBytes} bytes.", null);
                    problem.Instance = http.Request.Path;
                    http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", http.RequestAborted);
                    return;
                }

                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = DomainApiLimits.MaxBodyBytes;
            }

            await nextMiddleware(http);
        });
        next(app);
    };
}
