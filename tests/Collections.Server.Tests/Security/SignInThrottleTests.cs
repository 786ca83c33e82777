using System.Net;
using System.Net.Http.Json;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Security;

/// <summary>Sign-in is throttled per account and per client address, locks out, and hashes for unknown accounts too.</summary>
public sealed class SignInThrottleTests
{
    [Theory]
    [InlineData(DomainApiFactory.AdminEmail)]
    [InlineData("nobody@collections.test")]
    public async Task Login_AfterFiveFailuresForOneAccount_429WithRetryAfterEvenWithRightPassword(string email)
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await LoginAsync(client, email, "wrong password " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var throttled = await LoginAsync(client, email, DomainApiFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(StaffProblems.TooManyAttempts, await SignedInBrowser.CodeOfAsync(throttled));
        Assert.InRange(int.Parse(throttled.Headers.GetValues("Retry-After").Single()), 1, 60);
    }

    [Fact]
    public async Task Login_FailuresForOtherAccount_DoNotThrottleThisOne()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = Anonymous(factory);
        for (var i = 0; i < 6; i++) (await LoginAsync(client, "nobody@collections.test", "wrong")).Dispose();

        using var login = await LoginAsync(client, DomainApiFactory.AdminEmail, DomainApiFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
    }

    [Fact]
    public async Task Login_BeyondAttemptsPerAddress_429WithRetryAfter()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite", new Dictionary<string, string?>
        {
            ["Collections:Security:SignIn:AttemptsPerAddress"] = "3",
        });
        using var client = Anonymous(factory);
        for (var i = 0; i < 3; i++) (await LoginAsync(client, $"user{i}@collections.test", "wrong")).Dispose();

        using var throttled = await LoginAsync(client, DomainApiFactory.AdminEmail, DomainApiFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(StaffProblems.TooManyAttempts, await SignedInBrowser.CodeOfAsync(throttled));
        Assert.True(int.Parse(throttled.Headers.GetValues("Retry-After").Single()) >= 1);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Login_AfterLockoutThreshold_429LockedOutWithRetryAfter(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, new Dictionary<string, string?>
        {
            ["Collections:Security:SignIn:FailuresPerAccount"] = "100",
            ["Collections:Security:SignIn:LockoutThreshold"] = "3",
        });
        using var client = Anonymous(factory);
        for (var i = 0; i < 3; i++) (await LoginAsync(client, DomainApiFactory.AdminEmail, "wrong")).Dispose();

        using var locked = await LoginAsync(client, DomainApiFactory.AdminEmail, DomainApiFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(StaffProblems.LockedOut, await SignedInBrowser.CodeOfAsync(locked));
        Assert.InRange(int.Parse(locked.Headers.GetValues("Retry-After").Single()), 1, 15 * 60);
    }

    [Fact]
    public async Task Login_UnknownAccount_RunsThePasswordHasherLikeAKnownOne()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        var hasher = new CountingPasswordHasher();
        await using var counted = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<StaffUser>>(hasher)));
        using var client = counted.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;

        using var login = await LoginAsync(client, "nobody@collections.test", "some password");

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Equal(StaffProblems.InvalidCredentials, await SignedInBrowser.CodeOfAsync(login));
        Assert.Equal(1, hasher.Verifications);
    }

    private static HttpClient Anonymous(DomainApiFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    /// <summary>Identity's hasher, counting verifications.</summary>
    private sealed class CountingPasswordHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(StaffUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
