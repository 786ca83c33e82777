using Collections.Server.Security;

namespace Collections.Server.Tests.Domain;

/// <summary>The API keys the domain tests' server accepts (configured by hash, as in production).</summary>
public static class TestApiKeyConfiguration
{
    /// <summary>cases:read, cases:write, payments:write, webhooks:manage, cases:manage: what the tests' default client sends.</summary>
    public const string Integrator = "col_domain-integrator";

    /// <summary>cases:read only.</summary>
    public const string ReadOnly = "col_domain-read-only";

    /// <summary>cases:write and cases:read, but not payments:write, webhooks:manage or cases:manage.</summary>
    public const string CasesOnly = "col_domain-cases-only";

    /// <summary>A key that was once issued and is no longer configured (the config-based key store revokes by removal).</summary>
    public const string Revoked = "col_domain-revoked";

    public static IReadOnlyDictionary<string, string?> Settings { get; } = Build();

    private static Dictionary<string, string?> Build()
    {
        var settings = new Dictionary<string, string?>();
        Add(settings, 0, "integrator", Integrator, "cases:read", "cases:write", "payments:write", "webhooks:manage", "cases:manage");
        Add(settings, 1, "read-only", ReadOnly, "cases:read");
        Add(settings, 2, "cases-only", CasesOnly, "cases:read", "cases:write");
        return settings;
    }

    private static void Add(Dictionary<string, string?> settings, int index, string name, string key, params string[] scopes)
    {
        settings[$"Collections:ApiKeys:{index}:Name"] = name;
        settings[$"Collections:ApiKeys:{index}:Hash"] = ApiKeyHasher.Hash(key);
        for (var i = 0; i < scopes.Length; i++) settings[$"Collections:ApiKeys:{index}:Scopes:{i}"] = scopes[i];
    }
}
