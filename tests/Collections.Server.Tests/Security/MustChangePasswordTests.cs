using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Security;

/// <summary>A reset or generated password works once: until it is changed, only the change, sign-out and /me answer.</summary>
public sealed class MustChangePasswordTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ResetPassword_SignInWithTemporary_OnlyPasswordChangeAllowedUntilChanged(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await SignedInBrowser.SignInAsync(factory);
        await admin.CreateUserAsync("ana@collections.test");
        var id = await admin.UserIdAsync("ana@collections.test");

        using var reset = await admin.Client.PostAsync($"/api/v1/admin/users/{id}/reset-password", null);
        var temporary = (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("temporaryPassword").GetString()!;
        using var ana = await SignedInBrowser.SignInAsync(factory, "ana@collections.test", temporary);

        using (var blocked = await ana.Client.GetAsync("/api/v1/staff/cases"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
            Assert.Equal(StaffProblems.PasswordChangeRequired, await SignedInBrowser.CodeOfAsync(blocked));
        }

        var me = await ana.Client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        using (var change = await ana.Client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = temporary, newPassword = "ana's own long passphrase" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await ana.Client.GetAsync("/api/v1/staff/cases")).StatusCode);
        Assert.False((await ana.Client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task ResetPassword_OldPassword_NoLongerSignsIn()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var admin = await SignedInBrowser.SignInAsync(factory);
        await admin.CreateUserAsync("ana@collections.test");
        var id = await admin.UserIdAsync("ana@collections.test");

        (await admin.Client.PostAsync($"/api/v1/admin/users/{id}/reset-password", null)).EnsureSuccessStatusCode();

        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ana@collections.test", password = DomainApiFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Equal(StaffProblems.InvalidCredentials, await SignedInBrowser.CodeOfAsync(login));
    }

    [Fact]
    public async Task ChangePassword_WrongCurrent_400WithCode()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var admin = await SignedInBrowser.SignInAsync(factory);

        using var change = await admin.Client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "not my password at all", newPassword = "a brand new passphrase" });

        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.Equal(StaffProblems.CurrentPasswordWrong, await SignedInBrowser.CodeOfAsync(change));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Start_NoAdminPasswordConfigured_GeneratedAdminMustChangeIt(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, new Dictionary<string, string?> { ["Collections:Admin:Password"] = "" });

        await using var scope = factory.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(DomainApiFactory.AdminEmail);

        Assert.True(admin!.MustChangePassword);
    }

    [Fact]
    public async Task Start_AdminPasswordConfigured_NoChangeRequired()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var admin = await SignedInBrowser.SignInAsync(factory);

        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/api/v1/staff/cases")).StatusCode);
    }
}
