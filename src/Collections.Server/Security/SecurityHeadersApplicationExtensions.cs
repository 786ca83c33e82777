using Collections.Server.Security;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

public static class SecurityHeadersApplicationExtensions
{
    /// <summary>First in the pipeline: every response gets the headers of <see cref="SecurityHeadersOptions"/>; HSTS on HTTPS outside Development.</summary>
    public static WebApplication UseCollectionsSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment() && app.Services.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value.Hsts) app.UseHsts();
        return app;
    }
}
