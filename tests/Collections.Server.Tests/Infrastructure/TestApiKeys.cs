using Collections.Server.Security;

namespace Collections.Server.Tests.Infrastructure;

/// <summary>The API keys the test server is configured with (by hash, as in production).</summary>
public static class TestApiKeys
{
    /// <summary>Scopes external-tasks and admin.</summary>
    public const string Admin = "col_test-admin-key";

    /// <summary>Scope external-tasks only.</summary>
    public const string Worker = "col_test-worker-key";

    public static string AdminHash => ApiKeyHasher.Hash(Admin);

    public static string WorkerHash => ApiKeyHasher.Hash(Worker);
}
