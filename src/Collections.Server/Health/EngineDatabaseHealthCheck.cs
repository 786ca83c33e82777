using Collections.Engine.Api;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Collections.Server.Health;

/// <summary>Healthy when the engine's database answers; the provider name travels in the result's data.</summary>
internal sealed class EngineDatabaseHealthCheck(IEngineDatabase database) : IHealthCheck
{
    public const string Name = "database";

    public const string ProviderKey = "provider";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { [ProviderKey] = database.Provider };
        try
        {
            return await database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.", data)
                : HealthCheckResult.Unhealthy("The database does not answer.", data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database check failed.", e, data);
        }
    }
}
