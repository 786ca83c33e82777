using Collections.Server.Security;
using Collections.Server.Security.Sessions;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// The staff sign-in's middleware: authentication, authorization, the must-change-password gate, anti-forgery for
/// cookie-borne writes. (Forwarded headers, when enabled, run before everything: Security/Proxy.)
/// </summary>
public static class StaffApplicationExtensions
{
    public static IApplicationBuilder UseCollectionsStaffSecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PasswordChangeRequiredMiddleware>();
        return app.UseMiddleware<StaffAntiforgeryMiddleware>();
    }
}
