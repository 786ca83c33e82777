using Collections.Server.Audit;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Opens each request's audit scope; call after the staff security middleware (authentication).</summary>
public static class AuditApplicationExtensions
{
    public static IApplicationBuilder UseCollectionsAudit(this IApplicationBuilder app) => app.UseMiddleware<AuditScopeMiddleware>();
}
