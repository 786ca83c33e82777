using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Collections.Server.Health;

/// <summary><c>GET /health</c>: 200 <c>{status, database: {provider, status}}</c>, 503 when the database is down.</summary>
public static class HealthApi
{
    public static IEndpointConventionBuilder MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync })
            .WithName("GetHealth")
            .WithTags("Health")
            .WithSummary("Service and database health.");

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        report.Entries.TryGetValue(EngineDatabaseHealthCheck.Name, out var database);
        var provider = database.Data is not null && database.Data.TryGetValue(EngineDatabaseHealthCheck.ProviderKey, out var value)
            ? value.ToString()
            : null;
        var body = new HealthResponse(
            Status(report.Status),
            new DatabaseHealth(provider, Status(database.Status), database.Description));
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, HealthJson.Options, context.RequestAborted);
    }

    private static string Status(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    private static class HealthJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    }
}
