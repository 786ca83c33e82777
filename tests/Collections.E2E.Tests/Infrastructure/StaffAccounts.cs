namespace Collections.E2E.Tests.Infrastructure;

/// <summary>The accounts every test server has: the configured admin, and the ones the fixture creates.</summary>
public static class StaffAccounts
{
    public const string Password = "E2e-password-1";
    public const string Admin = "admin@e2e.test";
    public const string Collector = "collector@e2e.test";
    public const string ProcessOwner = "owner@e2e.test";

    /// <summary>Integrator keys (configured by hash): one with the admin scope, one for external-task workers only.</summary>
    public const string AdminApiKey = "col_e2e-admin-key";

    public const string WorkerApiKey = "col_e2e-worker-key";
}
