using Collections.Engine.Jobs;
using Collections.Server.Security;
using OpenTelemetry.Metrics;

namespace Collections.Server.Apis.Operations;

/// <summary>
/// <c>/metrics</c> in Prometheus text format through OpenTelemetry's exporter: the engine meter's job counters,
/// acquisition latency and timer lateness histograms, instance counts (sampled from the database at each scrape), and
/// outreach's send-check duration.
/// </summary>
public static class MetricsEndpoint
{
    public static IServiceCollection AddCollectionsMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(JobMetrics.MeterName)
            .AddMeter(Collections.Domain.Outreach.Intents.OutreachMetrics.MeterName)
            .AddView("collections.outreach.send_check.duration", new ExplicitBucketHistogramConfiguration
            {
                Boundaries = [.. Collections.Domain.Outreach.Intents.OutreachMetrics.SendCheckBuckets],
            })
            .AddView("collections.timers.lateness", new ExplicitBucketHistogramConfiguration { Boundaries = [.. JobMetrics.LatenessBuckets] })
            .AddView("collections.jobs.acquisition.duration", new ExplicitBucketHistogramConfiguration
            {
                Boundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
            })
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    public static WebApplication MapCollectionsMetrics(this WebApplication app)
    {
        // Instance counts are a database query, so they are sampled per authenticated scrape, not on a timer.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/metrics" && context.User.HasClaim(ApiScopes.ClaimType, ApiScopes.Admin))
            {
                await context.RequestServices.GetRequiredService<IJobOperations>().SampleInstanceCountsAsync(context.RequestAborted);
            }

            await next(context);
        });
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(ApiKeyPolicies.Admin);
        return app;
    }
}
