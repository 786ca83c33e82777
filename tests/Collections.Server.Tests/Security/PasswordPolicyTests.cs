using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Security;
using Collections.Server.Security.Passwords;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Security;

/// <summary>NIST SP 800-63B: at least 12 characters, not a common password, no composition rules; errors in the user's language.</summary>
public sealed class PasswordPolicyTests
{
    [Fact]
    public void CommonPasswordList_AsShipped_Holds1000DistinctEntries()
    {
        var list = new CommonPasswordList();

        Assert.Equal(1000, list.Entries.Count);
        Assert.Equal(1000, list.Entries.Distinct(StringComparer.Ordinal).Count());
        Assert.True(list.Contains("QWERTY"));
    }

    [Fact]
    public async Task CreateUser_ElevenCharacters_RejectedInSpanishByDefault()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var admin = await SignedInBrowser.SignInAsync(factory);

        using var response = await CreateAsync(admin, "only11chars");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(StaffProblems.PasswordRejected, problem.GetProperty("code").GetString());
        Assert.Equal("La contraseña debe tener al menos 12 caracteres.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CreateUser_AdminChoseEnglish_ErrorInEnglish()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var admin = await SignedInBrowser.SignInAsync(factory);
        (await admin.Client.PutAsJsonAsync("/api/v1/me/language", new { language = "en" })).EnsureSuccessStatusCode();

        using var response = await CreateAsync(admin, "only11chars");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Passwords must be at least 12 characters.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CreateUser_CommonPasswordInAnyCase_RejectedAsTooCommon()
    {
        // Lowered length so the list, not the length rule, is what refuses it.
        await using var factory = await DomainApiFactory.CreateAsync("sqlite", new Dictionary<string, string?> { ["Collections:Security:MinimumPasswordLength"] = "8" });
        using var admin = await SignedInBrowser.SignInAsync(factory);

        using var response = await CreateAsync(admin, "Password1");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(StaffProblems.PasswordRejected, problem.GetProperty("code").GetString());
        Assert.Equal([StaffIdentityErrorDescriber.PasswordTooCommonCode], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task CreateUser_LowercasePassphraseWithoutDigitsOrSymbols_Accepted()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var admin = await SignedInBrowser.SignInAsync(factory);

        using var response = await CreateAsync(admin, "correct horse battery staple");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static Task<HttpResponseMessage> CreateAsync(SignedInBrowser admin, string password) =>
        admin.Client.PostAsJsonAsync("/api/v1/admin/users",
            new { email = "ana@collections.test", password, displayName = "Ana", roles = new[] { "collector" }, groups = Array.Empty<string>() });
}
