using Collections.Server.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Serves the staff UI: static files from <see cref="WebUiFiles"/>, and <c>index.html</c> for client-side routes.</summary>
public static class WebUiApplicationExtensions
{
    /// <summary>Paths that belong to the server, never to the single-page app: an unknown one is a 404, not the UI.</summary>
    private static readonly string[] ServerPrefixes = ["/api", "/engine-rest", "/openapi", "/swagger", "/health", "/metrics"];

    public static IApplicationBuilder UseCollectionsWebUi(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<WebUiFiles>().Provider;
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                // Vite names bundles by content hash, so they never change; index.html must always be fresh.
                context.Context.Response.Headers.CacheControl = context.File.Name.Equals("index.html", StringComparison.OrdinalIgnoreCase)
                    ? "no-cache"
                    : "public, max-age=31536000, immutable";
            },
        });
    }

    /// <summary>Any other GET that is not an API path answers with <c>index.html</c>, so /designer or /inbox reload works.</summary>
    public static IEndpointConventionBuilder MapCollectionsWebUiFallback(this IEndpointRouteBuilder app) =>
        app.MapFallback(async context =>
        {
            var path = context.Request.Path;
            var index = context.RequestServices.GetRequiredService<WebUiFiles>().Provider.GetFileInfo("index.html");
            if (!HttpMethods.IsGet(context.Request.Method) || ServerPrefixes.Any(p => path.StartsWithSegments(p)) || !index.Exists)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await Results.Problem(new ProblemDetails { Status = 404, Title = "Not found", Detail = $"Nothing at {path}." })
                    .ExecuteAsync(context);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            await context.Response.SendFileAsync(index, context.RequestAborted);
        }).AllowAnonymous();
}
