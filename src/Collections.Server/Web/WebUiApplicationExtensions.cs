using Collections.Server.Web;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Serves the staff UI: static files from <see cref="WebUiFiles"/>, and <c>index.html</c> for client-side routes.</summary>
public static class WebUiApplicationExtensions
{
    /// <summary>Paths that belong to the server, never to the single-page app.</summary>
    private static readonly string[] ServerPrefixes = ["/api", "/engine-rest", "/openapi", "/swagger", "/health", "/metrics"];

    public static IApplicationBuilder UseCollectionsWebUi(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<WebUiFiles>().Provider;
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
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
        return app.Use(ServeIndexAsync);
    }

    /// <summary>
    /// A GET that no endpoint serves, outside the server's paths and not for a file, answers with <c>index.html</c>, so
    /// /designer or /inbox reload works. This is middleware rather than a catch-all fallback route: a fallback route is
    /// a candidate for every path, API paths included, and routing would then answer a wrong method or content type
    /// on an API path with the fallback's 404 instead of 405 or 415 (docs/api.md, "Error codes").
    /// </summary>
    private static async Task ServeIndexAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (context.GetEndpoint() is not null || !HttpMethods.IsGet(context.Request.Method)
            || ServerPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) || Path.HasExtension(path.Value))
        {
            await next(context);
            return;
        }

        var index = context.RequestServices.GetRequiredService<WebUiFiles>().Provider.GetFileInfo("index.html");
        if (!index.Exists)
        {
            await next(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        await context.Response.SendFileAsync(index, context.RequestAborted);
    }
}
