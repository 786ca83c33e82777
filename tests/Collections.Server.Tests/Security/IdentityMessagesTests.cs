using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Security;

/// <summary>
/// Identity's messages reach the staff UI in the language of whoever acts (their stored choice), through the account
/// password change and the admin's account creation, with a stable code beside the text.
/// </summary>
public sealed class IdentityMessagesTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ChangePassword_TooShort_SpanishByDefaultEnglishWhenChosen(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await SignedInBrowser.SignInAsync(factory);

        var spanish = await ProblemAsync(await ChangeAsync(admin, "corta"));
        (await admin.Client.PutAsJsonAsync("/api/v1/me/language", new { language = "en" })).EnsureSuccessStatusCode();
        var english = await ProblemAsync(await ChangeAsync(admin, "short"));

        Assert.Equal((StaffProblems.PasswordRejected, "La contraseña debe tener al menos 12 caracteres."), spanish);
        Assert.Equal((StaffProblems.PasswordRejected, "Passwords must be at least 12 characters."), english);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ChangePassword_WrongCurrent_CodeTheUiTranslates(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await SignedInBrowser.SignInAsync(factory);

        using var response = await admin.Client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "not my password at all", newPassword = "a brand new passphrase" });

        Assert.Equal((StaffProblems.CurrentPasswordWrong, "La contraseña no es correcta."), await ProblemAsync(response));
    }

    [Theory, SqliteData, PostgresData]
    public async Task CreateUser_EmailTaken_DuplicateInTheAdminsLanguage(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await SignedInBrowser.SignInAsync(factory);
        (await CreateAsync(admin, "ana@collections.test")).EnsureSuccessStatusCode();

        using var spanishResponse = await CreateAsync(admin, "ana@collections.test");
        var spanish = await spanishResponse.Content.ReadFromJsonAsync<JsonElement>();
        (await admin.Client.PutAsJsonAsync("/api/v1/me/language", new { language = "en" })).EnsureSuccessStatusCode();
        using var englishResponse = await CreateAsync(admin, "ana@collections.test");
        var english = await englishResponse.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, spanishResponse.StatusCode);
        Assert.Equal(StaffProblems.UserInvalid, spanish.GetProperty("code").GetString());
        Assert.Contains("DuplicateEmail", spanish.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()));
        Assert.Contains("La dirección de correo 'ana@collections.test' ya está en uso.", spanish.GetProperty("detail").GetString());
        Assert.DoesNotContain("already taken", spanish.GetProperty("detail").GetString());
        Assert.Contains("Email 'ana@collections.test' is already taken.", english.GetProperty("detail").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task CreateUser_EmptyGroup_StableCode(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await SignedInBrowser.SignInAsync(factory);

        using var response = await admin.Client.PostAsJsonAsync("/api/v1/admin/users",
            new { email = "leo@collections.test", password = "a long enough passphrase", displayName = "Leo", roles = new[] { "collector" }, groups = new[] { " " } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(StaffProblems.GroupInvalid, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private static Task<HttpResponseMessage> ChangeAsync(SignedInBrowser user, string newPassword) =>
        user.Client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = DomainApiFactory.AdminPassword, newPassword });

    private static Task<HttpResponseMessage> CreateAsync(SignedInBrowser admin, string email) =>
        admin.Client.PostAsJsonAsync("/api/v1/admin/users",
            new { email, password = "a long enough passphrase", displayName = "Ana", roles = new[] { "collector" }, groups = Array.Empty<string>() });

    private static async Task<(string?, string?)> ProblemAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (problem.GetProperty("code").GetString(), problem.GetProperty("detail").GetString());
        }
    }
}
