namespace Collections.Server.Security;

/// <summary>Authentication scheme names of the staff sign-in and the hook for the integrators' API keys.</summary>
public static class StaffAuthenticationDefaults
{
    /// <summary>
    /// The default scheme: a policy scheme that forwards to the Identity cookie, or to <see cref="ApiKeyScheme"/> when
    /// the request carries an <c>Authorization</c> header and that scheme is registered.
    /// </summary>
    public const string PolicyScheme = "StaffOrApiKey";

    /// <summary>
    /// Hook for integrators: the name of the API-key scheme (registered in <c>Security/ApiKey*</c> by the job/REST
    /// work). Until it is registered, an <c>Authorization</c> header is ignored and the cookie decides.
    /// </summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = ".Collections.Staff";

    /// <summary>Readable cookie holding the anti-forgery request token; the UI echoes it in <see cref="AntiforgeryHeader"/>.</summary>
    public const string AntiforgeryCookie = "XSRF-TOKEN";

    public const string AntiforgeryHeader = "X-XSRF-TOKEN";
}
