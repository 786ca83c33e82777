using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Collections.Server.Security;

/// <summary>
/// Authenticates an API key sent as <c>Authorization: Bearer KEY</c> or as the password of HTTP Basic
/// (<c>Basic base64(anything:KEY)</c>, which is what Camunda clients send). The key's SHA-256 is looked up in
/// <see cref="ApiKeyStore"/> (configured keys, then the key table); an unknown or revoked key is 401. The principal carries
/// the key's name (the identity rate limits and idempotency keys are per), its id, and one
/// <see cref="ApiScopes.ClaimType"/> claim per scope.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ApiKeyStore keys,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) || string.IsNullOrEmpty(header.Parameter))
        {
            return AuthenticateResult.NoResult();
        }

        var key = header.Scheme.ToLowerInvariant() switch
        {
            "bearer" => header.Parameter,
            "basic" => PasswordOf(header.Parameter),
            _ => null,
        };
        if (key is null) return AuthenticateResult.NoResult();

        var match = await keys.FindAsync(ApiKeyHasher.Hash(key), Context.RequestAborted);
        if (match is null) return AuthenticateResult.Fail("Unknown API key.");
        if (match.Revoked) return AuthenticateResult.Fail("Revoked API key.");

        var claims = new List<Claim> { new(ClaimTypes.Name, match.Name), new(ApiScopes.KeyIdClaimType, match.KeyId) };
        claims.AddRange(match.Scopes.Select(s => new Claim(ApiScopes.ClaimType, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"collections\", Bearer";
        return Task.CompletedTask;
    }

    private static string? PasswordOf(string parameter)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : decoded[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
