using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Security;

/// <summary>Two server nodes starting at the same moment on one fresh database.</summary>
public sealed class StaffBootstrapRaceTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Start_TwoNodesAtOnceOnFreshDatabase_BothStartWithOneAdminAndEachRoleOnce(string database)
    {
        var connection = await DomainApiFactory.FreshDatabaseAsync(database);
        await using var first = DomainApiFactory.Node(database, connection);
        await using var second = DomainApiFactory.Node(database, connection);

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        using var onFirst = await StaffSession.SignInAsync(first);
        using var onSecond = await StaffSession.SignInAsync(second);
        var users = await onSecond.GetFromJsonAsync<JsonElement>("/api/v1/admin/users");
        var admin = Assert.Single(users.EnumerateArray());
        Assert.Equal(DomainApiFactory.AdminEmail, admin.GetProperty("email").GetString());
        await using var scope = first.Services.CreateAsyncScope();
        var roles = await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().Roles.Select(r => r.Name).ToListAsync();
        Assert.Equal(StaffRoles.All.Order(), roles.Order());
    }
}
