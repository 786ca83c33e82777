using System.Security.Cryptography.X509Certificates;
using Collections.Server.Persistence;
using Collections.Server.Security.DataProtection;
using Microsoft.AspNetCore.DataProtection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The cookies' key ring in the server's database (table <c>DataProtectionKeys</c>), shared by every node, under one
/// application name, and encrypted at rest with a certificate when one is configured.
/// </summary>
public static class DataProtectionServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddCollectionsDataProtection(this IHostApplicationBuilder builder)
    {
        // Read now, not through IOptions: the certificate must be known while the data-protection services are built.
        var settings = builder.Configuration.GetSection(StaffDataProtectionOptions.Section).Get<StaffDataProtectionOptions>()
            ?? new StaffDataProtectionOptions();
        builder.Services.AddOptions<StaffDataProtectionOptions>().BindConfiguration(StaffDataProtectionOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ApplicationName), "Collections:Security:DataProtection:ApplicationName must not be blank.")
            .ValidateOnStart();

        var protection = builder.Services.AddDataProtection()
            .SetApplicationName(settings.ApplicationName)
            .PersistKeysToDbContext<ServerDbContext>();
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword,
                X509KeyStorageFlags.EphemeralKeySet);
            protection.ProtectKeysWithCertificate(certificate);
        }

        builder.Services.AddHostedService<DataProtectionStartupWarning>();
        return builder;
    }
}
