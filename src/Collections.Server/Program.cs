using Collections.Server.Apis;
using Collections.Server.Apis.EngineRest;
using Collections.Server.Apis.Operations;
using Collections.Server.Apis.Providers;
using Collections.Server.Apis.Staff;
using Collections.Server.Apis.Staff.CompanyDetails;
using Collections.Server.Apis.Staff.ContactProfiles;
using Collections.Server.Apis.Staff.ProcessStates;
using Collections.Server.Cli;
using Collections.Server.Cli.Demo;
using Collections.Server.Health;
using Collections.Server.Security;
using Collections.Server.Testing;
using Serilog;

if (CollectionsCli.IsVerb(args))
{
    return await CollectionsCli.RunAsync(args, Console.Out, Console.Error);
}

// demo: seed (or reuse) the demo database, then run this server on it (Cli/Demo/DemoCommand).
if (DemoCommand.Matches(args))
{
    var demo = await DemoCommand.PrepareAsync(args, Console.Out, Console.Error, CancellationToken.None);
    if (demo.ServerArgs is null) return demo.ExitCode;
    args = [.. demo.ServerArgs];
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCollectionsServer();

var app = builder.Build();

app.UseCollectionsSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSerilogRequestLogging();
app.UseCollectionsWebUi(); // static files, and index.html for a GET no endpoint serves outside the API paths
app.UseCollectionsStaffSecurity();
app.UseCollectionsAudit();
app.UseRateLimiter();

app.MapHealthApi();
app.MapOpenApi();
app.UseCollectionsSwaggerUi();

// Every API refuses odd query strings the same way, before they reach a database (Apis/QueryTextFilter).
var apis = app.MapGroup("").AddEndpointFilter<QueryTextFilter>();

// The engine API: roles per endpoint (Security/EngineApiAuthorizationHandler).
var engineApi = apis.MapGroup("").RequireAuthorization(StaffPolicies.EngineApi);
engineApi.MapProcessDefinitionsApi();
engineApi.MapProcessInstancesApi();
engineApi.MapTasksApi();
engineApi.MapIncidentsApi();
engineApi.MapExecutionsApi();

// Staff UI: sign-in, inbox, designer, admin.
apis.MapAuthApi();
apis.MapInboxApi();
apis.MapCaseStaffApi();
apis.MapOutreachIntentStaffApi();
apis.MapCallScriptApi();
apis.MapDesignerApi();
apis.MapActivityStatsApi();
apis.MapAdminUsersApi();
apis.MapMigrationApi();
apis.MapAdminApiKeysApi();
apis.MapAuditApi();
apis.MapContactProfilesApi();
apis.MapCompanyDetailsApi();
apis.MapProcessStatesApi();

// API keys (Security/ApiKeyStore): Camunda workers and operators.
apis.MapExternalTaskRestApi();
apis.MapOperationsApi();
app.MapCollectionsMetrics();

// The integrator API.
apis.MapDebtorsApi();
apis.MapInvoicesApi();
apis.MapCasesApi();
apis.MapNegotiationsApi();
apis.MapWebhooksApi();

// Outreach: providers' delivery webhooks, the outbox and a case's messages, template previews.
apis.MapProvidersApi();
apis.MapOutboxApi();
apis.MapTemplatePreviewApi();

// The browser tests' clock (E2E environment only; absent everywhere else).
app.MapTestClockApi();

await app.RunAsync();
return 0;

/// <summary>Visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the server tests.</summary>
public partial class Program;
