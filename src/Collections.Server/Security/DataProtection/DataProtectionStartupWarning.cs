using Microsoft.Extensions.Options;

namespace Collections.Server.Security.DataProtection;

/// <summary>Says once, at start, that the key ring is stored unencrypted when no certificate is configured.</summary>
internal sealed partial class DataProtectionStartupWarning(
    IOptions<StaffDataProtectionOptions> options, ILogger<DataProtectionStartupWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.CertificatePath))
        {
            KeysUnencrypted(logger, StaffDataProtectionOptions.Section);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cookie key ring is stored unencrypted in the database: set {Section}:CertificatePath (and CertificatePassword) to encrypt it")]
    private static partial void KeysUnencrypted(ILogger logger, string section);
}
