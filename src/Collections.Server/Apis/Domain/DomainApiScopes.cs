namespace Collections.Server.Apis.Domain;

/// <summary>
/// API-key scopes of the integrator API and the authorization policy of each (<c>scope:NAME</c>, requiring the
/// <c>scope</c> claim). <see cref="CasesManage"/> stands in for the manager role until staff sign-in brings roles.
/// </summary>
public static class DomainApiScopes
{
    public const string CasesRead = "cases:read";
    public const string CasesWrite = "cases:write";
    public const string PaymentsWrite = "payments:write";
    public const string WebhooksManage = "webhooks:manage";
    public const string CasesManage = "cases:manage";

    /// <summary>The claim type that carries one scope (the same as the API-key handler's).</summary>
    public const string ClaimType = "scope";

    public static IReadOnlyList<string> All { get; } = [CasesRead, CasesWrite, PaymentsWrite, WebhooksManage, CasesManage];

    public static string Policy(string scope) => "scope:" + scope;
}
