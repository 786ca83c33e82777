using System.Net;
using Collections.Engine.Api;
using Collections.Server.Tests.Domain;
using static Collections.Server.Tests.Staff.InboxTestData;

namespace Collections.Server.Tests.Security;

/// <summary>Builds a fresh task for each object-level row of <see cref="AuthorizationMatrix.ObjectRows"/>.</summary>
public static class ObjectScenarios
{
    /// <summary>The processes the scenarios start: one user task each, offered to one group.</summary>
    public static string[] Processes { get; } = [Process("matrix-finance-only", "approve", Finance), Process("matrix-junior-work", "call", Junior)];

    /// <summary>Creates the object-level accounts (with their candidate groups) as the admin.</summary>
    public static async Task CreateAccountsAsync(MatrixServer server)
    {
        var admin = server.Principals[MatrixPrincipal.Role(Collections.Server.Security.StaffRoles.Admin)];
        foreach (var (email, role, group) in AuthorizationMatrix.ObjectAccounts)
        {
            using var created = await server.SendAsync("POST", "/api/v1/admin/users",
                System.Text.Json.JsonSerializer.Serialize(new { email, password = Staff.StaffSession.Password, displayName = email, roles = new[] { role }, groups = new[] { group } }), admin);
            created.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Starts the scenario's process and returns its open task, claimed by someone else where the scenario says so.</summary>
    public static async Task<Guid> TaskAsync(MatrixServer server, ObjectScenario scenario)
    {
        var key = scenario == ObjectScenario.FinanceOnlyApproval ? "matrix-finance-only" : "matrix-junior-work";
        var instance = await server.Factory.Engine.StartProcessAsync(new StartProcessRequest(key, "MATRIX-" + Guid.NewGuid().ToString("N")[..8]), CancellationToken.None);
        var task = (await server.Factory.Queries.ListUserTasksAsync(new UserTaskQuery(ProcessInstanceId: instance.Id), CancellationToken.None)).Single().Id;
        if (scenario == ObjectScenario.ClaimedByAnotherCollector)
        {
            var other = await MatrixServer.SignInAsync(server.Factory, "otto@matrix.test");
            using var claimed = await server.SendAsync("POST", $"/api/v1/inbox/{task}/claim", null, other);
            await claimed.ReadAsync(HttpStatusCode.NoContent);
        }

        return task;
    }
}
