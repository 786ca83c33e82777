using Microsoft.Extensions.Options;

namespace Collections.Server.Security.Proxy;

/// <summary>
/// Puts the forwarded-headers middleware in front of everything else (logging, cookies, HTTPS checks) when
/// <see cref="ForwardedHeadersSettings.Enabled"/>: the request's scheme and address are the client's before the sign-in
/// cookie decides on <c>Secure</c> (<c>CookieSecurePolicy.SameAsRequest</c>).
/// </summary>
internal sealed class ForwardedHeadersStartupFilter(IOptions<ForwardedHeadersSettings> settings) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (settings.Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        next(app);
    };
}
