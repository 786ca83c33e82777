using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Collections.Server.Persistence;
using Collections.Server.Tests.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Security;

/// <summary>
/// The cookies' key ring lives in the database, so two nodes behind a load balancer accept each other's cookies, and
/// it is encrypted with the configured certificate. (Both test nodes run in one process and would also share the
/// home-folder key ring; the stored rows are what shows the keys no longer depend on the machine.)
/// </summary>
public sealed class KeyRingTests
{
    [Theory, SqliteData, PostgresData]
    public async Task SignIn_OnNodeA_CookieAcceptedOnNodeBAndKeysInDatabase(string database)
    {
        var connection = await DomainApiFactory.FreshDatabaseAsync(database);
        await using var nodeA = DomainApiFactory.Node(database, connection);
        await using var nodeB = DomainApiFactory.Node(database, connection);
        _ = nodeA.Server;
        _ = nodeB.Server;

        using var browser = await SignedInBrowser.SignInAsync(nodeA);

        Assert.Equal(HttpStatusCode.OK, await SignedInBrowser.ReplayAsync(nodeB, browser.SessionCookie));
        var keys = await StoredKeysAsync(nodeB);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<masterKey", xml, StringComparison.Ordinal));
    }

    [Theory, SqliteData, PostgresData]
    public async Task CertificateConfigured_KeysStoredEncrypted_CookieStillAcceptedOnOtherNode(string database)
    {
        var folder = Directory.CreateTempSubdirectory("collections-keyring-").FullName;
        var pfx = Path.Combine(folder, "keyring.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=collections-keyring-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "keyring-secret"));
        }

        var connection = await DomainApiFactory.FreshDatabaseAsync(database);
        await using var baseA = DomainApiFactory.Node(database, connection);
        await using var baseB = DomainApiFactory.Node(database, connection);
        // Host settings: the key ring's certificate is read while the services are registered, as at a real start.
        await using var nodeA = baseA.WithWebHostBuilder(b => WithCertificate(b, pfx));
        await using var nodeB = baseB.WithWebHostBuilder(b => WithCertificate(b, pfx));
        _ = nodeA.Server;
        _ = nodeB.Server;

        using var browser = await SignedInBrowser.SignInAsync(nodeA);

        Assert.Equal(HttpStatusCode.OK, await SignedInBrowser.ReplayAsync(nodeB, browser.SessionCookie));
        var keys = await StoredKeysAsync(nodeA);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted form", xml, StringComparison.Ordinal);
        });
    }

    private static void WithCertificate(IWebHostBuilder builder, string pfx) => builder
        .UseSetting("Collections:Security:DataProtection:CertificatePath", pfx)
        .UseSetting("Collections:Security:DataProtection:CertificatePassword", "keyring-secret");

    private static async Task<List<string>> StoredKeysAsync(WebApplicationFactory<Program> node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }
}
