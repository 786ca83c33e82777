using Collections.Server.Security;

namespace Microsoft.AspNetCore.Builder;

/// <summary>The staff sign-in's middleware: authentication, authorization, anti-forgery for cookie-borne writes.</summary>
public static class StaffApplicationExtensions
{
    public static IApplicationBuilder UseCollectionsStaffSecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app.UseMiddleware<StaffAntiforgeryMiddleware>();
    }
}
