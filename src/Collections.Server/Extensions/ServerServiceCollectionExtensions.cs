using System.Text.Json.Serialization;
using Collections.Engine.Configuration;
using Collections.Server.Configuration;
using Collections.Server.Errors;
using Collections.Server.Health;
using Collections.Server.Hosting;
using Microsoft.Extensions.Configuration.Json;
using Serilog;
using Serilog.Formatting.Compact;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Everything the web host registers: configuration, logging, engine, errors, health, OpenAPI.</summary>
public static class ServerServiceCollectionExtensions
{
    /// <summary>The address when neither <c>--urls</c>, <c>ASPNETCORE_URLS</c> nor a launch profile gives one.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static IHostApplicationBuilder AddCollectionsServer(this IHostApplicationBuilder builder)
    {
        // Not an appsettings "Urls" entry: that would override ASPNETCORE_URLS, which is read before appsettings.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"])
            && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
        {
            builder.Configuration["urls"] = DefaultUrl;
        }

        builder.AddRootConfiguration();
        builder.AddCollectionsLogging();

        var services = builder.Services;
        services.AddOptions<WorkflowsOptions>().BindConfiguration(WorkflowsOptions.Section)
            .Validate(o => o.Path is null || !string.IsNullOrWhiteSpace(o.Path), "Collections:Workflows:Path must not be blank.")
            .ValidateOnStart();
        services.AddOptions<Collections.Server.Security.SecurityHeadersOptions>().BindConfiguration(Collections.Server.Security.SecurityHeadersOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ContentSecurityPolicy), "Collections:Security:Headers:ContentSecurityPolicy must not be blank.")
            .ValidateOnStart();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        builder.AddCollectionsTestClock(); // E2E environment only; before the engine so its clock wins
        services.AddCollectionsEngine();
        // Relative SQLite paths resolve against the repository root (beside the root appsettings.json), so a fresh
        // clone keeps its database in ./data whichever folder the server was started from; a published build
        // without the solution file falls back to its content root.
        var contentRoot = RepositoryLayout.FindRoot(builder.Environment.ContentRootPath) ?? builder.Environment.ContentRootPath;
        services.PostConfigure<EngineOptions>(o =>
        {
            if (string.Equals(o.Provider, DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
            {
                o.ConnectionString = SqlitePathResolver.Resolve(o.ConnectionString, contentRoot);
            }
        });

        // Hosted services start in registration order: migrate and deploy before the job executor polls.
        services.AddSingleton<Collections.Server.Publishing.VersionSourceNames>();
        services.AddSingleton<WorkflowFolderDeployer>();
        services.AddHostedService<EngineStartupService>();
        services.AddCollectionsDomainApi(); // migrates after the engine, before the job executor polls; its error handler before the engine's
        services.AddCollectionsDomainOutreach(); // outreach on the domain: contacts, contact attempts, delivery reports
        services.PostConfigure<Collections.Domain.Outreach.Templates.OutreachTemplateOptions>(o => o.Directory = Anchor(contentRoot, o.Directory));
        services.PostConfigure<Collections.Domain.Outreach.Email.EmailOptions>(o => o.OutboxDirectory = Anchor(contentRoot, o.OutboxDirectory));
        services.PostConfigure<Collections.Domain.Outreach.Sms.SmsOptions>(o => o.OutboxDirectory = Anchor(contentRoot, o.OutboxDirectory));
        services.AddCollectionsJobExecutor();

        services.AddCollectionsSecurity();
        Collections.Server.Apis.Operations.MetricsEndpoint.AddCollectionsMetrics(services);
        services.AddCollectionsStaff();
        builder.AddCollectionsDataProtection(); // the cookies' key ring in the server's database, shared by every node
        services.AddCollectionsAudit(); // after staff: its start-up migrates the audit tables
        services.AddCollectionsStaffReads();
        services.AddSingleton<Collections.Domain.Tasks.IActorDirectory, Collections.Server.Tasks.StaffActorDirectory>();
        services.AddSingleton<Collections.Server.Web.WebUiFiles>();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemCodeDefaults.Apply);
        services.AddExceptionHandler<CollectionsExceptionHandler>();
        services.AddHealthChecks().AddCheck<EngineDatabaseHealthCheck>(EngineDatabaseHealthCheck.Name);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // Numbers are JSON numbers (docs/api.md, "Values"): the web defaults would also read "1200.50", and
            // OpenAPI would then type money as number-or-string.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi();
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", Collections.Server.OpenApi.CollectionsOpenApi.Configure);
        return builder;
    }

    /// <summary>Relative folders in settings (templates, outbox) mean the repository root, like the SQLite file.</summary>
    private static string Anchor(string root, string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(root, path));

    /// <summary>
    /// The repository's root <c>appsettings.json</c> (DESIGN.md layout) is read after the server's own JSON files and
    /// before user secrets, environment variables and the command line, which still override it.
    /// </summary>
    private static void AddRootConfiguration(this IHostApplicationBuilder builder)
    {
        if (RepositoryLayout.FindRoot(builder.Environment.ContentRootPath) is not { } root
            || !File.Exists(Path.Combine(root, "appsettings.json"))
            || string.Equals(Path.GetFullPath(root), Path.GetFullPath(builder.Environment.ContentRootPath), StringComparison.Ordinal))
        {
            return;
        }

        var sources = builder.Configuration.Sources;
        var lastAppSettings = -1;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: { } path } && path.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            {
                lastAppSettings = i;
            }
        }

        var rootSettings = new JsonConfigurationSource { Path = Path.Combine(root, "appsettings.json"), Optional = true, ReloadOnChange = false };
        rootSettings.ResolveFileProvider();
        sources.Insert(lastAppSettings + 1, rootSettings);
    }

    private static void AddCollectionsLogging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServerLoggingOptions>().BindConfiguration(ServerLoggingOptions.Section).ValidateOnStart();
        var json = builder.Configuration.GetSection(ServerLoggingOptions.Section).Get<ServerLoggingOptions>()?.Json ?? false;
        builder.Services.AddSerilog((_, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new CompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
        });
    }
}
