using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Security;

/// <summary>
/// Sign-out, password changes, disabling and role changes end every session of the user within the stamp validation
/// interval (one minute): a copied cookie stops working. The fake clock moves past the interval; nothing sleeps.
/// </summary>
public sealed class SessionEndTests
{
    private static readonly TimeSpan PastInterval = TimeSpan.FromSeconds(61);

    [Theory, SqliteData, PostgresData]
    public async Task Logout_CopiedCookieAMinuteLater_Unauthorized(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var browser = await SignedInBrowser.SignInAsync(factory);
        var copied = browser.SessionCookie;

        using (var logout = await browser.Client.PostAsync("/api/v1/auth/logout", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        factory.Clock.Advance(PastInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedInBrowser.ReplayAsync(factory, copied));
    }

    [Theory, SqliteData, PostgresData]
    public async Task NoAccountChange_CookieAMinuteLater_StillSignedIn(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var browser = await SignedInBrowser.SignInAsync(factory);

        factory.Clock.Advance(PastInterval);

        Assert.Equal(HttpStatusCode.OK, await SignedInBrowser.ReplayAsync(factory, browser.SessionCookie));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ChangePassword_OtherSessionAMinuteLater_UnauthorizedAndThisOneKept(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var here = await SignedInBrowser.SignInAsync(factory);
        using var elsewhere = await SignedInBrowser.SignInAsync(factory);

        using (var change = await here.Client.PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = DomainApiFactory.AdminPassword, newPassword = "a brand new passphrase" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        }

        factory.Clock.Advance(PastInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedInBrowser.ReplayAsync(factory, elsewhere.SessionCookie));
        Assert.Equal(HttpStatusCode.OK, (await here.Client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Disable_UsersSessionEndsAndSignInRefused_EnableLetsBackIn(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await SignedInBrowser.SignInAsync(factory);
        await admin.CreateUserAsync("ana@collections.test");
        using var ana = await SignedInBrowser.SignInAsync(factory, "ana@collections.test");
        var id = await admin.UserIdAsync("ana@collections.test");

        using (var disable = await admin.Client.PostAsync($"/api/v1/admin/users/{id}/disable", null))
        {
            Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        }

        factory.Clock.Advance(PastInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedInBrowser.ReplayAsync(factory, ana.SessionCookie));
        using var again = factory.CreateClient();
        again.DefaultRequestHeaders.Authorization = null;
        using (var refused = await again.PostAsJsonAsync("/api/v1/auth/login", new { email = "ana@collections.test", password = DomainApiFactory.AdminPassword }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal(StaffProblems.AccountDisabled, await SignedInBrowser.CodeOfAsync(refused));
        }

        (await admin.Client.PostAsync($"/api/v1/admin/users/{id}/enable", null)).EnsureSuccessStatusCode();
        using var back = await SignedInBrowser.SignInAsync(factory, "ana@collections.test");
    }

    [Theory, SqliteData, PostgresData]
    public async Task ChangeRoles_UsersOldSessionAMinuteLater_Unauthorized(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await SignedInBrowser.SignInAsync(factory);
        await admin.CreateUserAsync("ana@collections.test", "manager");
        using var ana = await SignedInBrowser.SignInAsync(factory, "ana@collections.test");
        var id = await admin.UserIdAsync("ana@collections.test");

        using var changed = await admin.Client.PutAsJsonAsync($"/api/v1/admin/users/{id}/roles", new { roles = new[] { "collector" } });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(["collector"], (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        factory.Clock.Advance(PastInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedInBrowser.ReplayAsync(factory, ana.SessionCookie));
    }

    [Fact]
    public async Task Disable_OwnAccount_RefusedWithCode()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var admin = await SignedInBrowser.SignInAsync(factory);
        var id = await admin.UserIdAsync(DomainApiFactory.AdminEmail);

        using var response = await admin.Client.PostAsync($"/api/v1/admin/users/{id}/disable", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(StaffProblems.CannotChangeSelf, await SignedInBrowser.CodeOfAsync(response));
    }
}
