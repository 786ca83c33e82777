namespace Collections.Server.Tests.Security;

/// <summary>
/// One kind of caller of the authorization matrix: anonymous, an API key with one scope (<c>key:SCOPE</c>), or a staff
/// member signed in with one role (<c>role:ROLE</c>), sending the cookie and the anti-forgery header as the UI does.
/// </summary>
public sealed record MatrixPrincipal(string Name, string? ApiKey = null, string? Cookie = null, string? Antiforgery = null)
{
    public const string Anonymous = "anonymous";

    public static string Key(string scope) => "key:" + scope;

    public static string Role(string role) => "role:" + role;

    public bool IsStaff => Name.StartsWith("role:", StringComparison.Ordinal);

    /// <summary>Puts this principal's credentials on a request (the client itself holds none).</summary>
    public void Apply(HttpRequestMessage request)
    {
        if (ApiKey is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);
        if (Cookie is not null) request.Headers.Add("Cookie", Cookie);
        if (Antiforgery is not null) request.Headers.Add("X-XSRF-TOKEN", Antiforgery);
    }
}
