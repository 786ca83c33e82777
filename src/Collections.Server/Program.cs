using Collections.Server.Apis;
using Collections.Server.Apis.EngineRest;
using Collections.Server.Apis.Operations;
using Collections.Server.Apis.Providers;
using Collections.Server.Apis.Staff;
using Collections.Server.Apis.Staff.ContactProfiles;
using Collections.Server.Cli;
using Collections.Server.Health;
using Collections.Server.Security;
using Collections.Server.Testing;
using Serilog;

if (CollectionsCli.IsVerb(args))
{
    return await CollectionsCli.RunAsync(args, Console.Out, Console.Error);
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

// The engine API: roles per endpoint (Security/EngineApiAuthorizationHandler).
var engineApi = app.MapGroup("").RequireAuthorization(StaffPolicies.EngineApi).AddEndpointFilter<QueryTextFilter>();
engineApi.MapProcessDefinitionsApi();
engineApi.MapProcessInstancesApi();
engineApi.MapTasksApi();
engineApi.MapIncidentsApi();

// Staff UI: sign-in, inbox, designer, admin.
app.MapAuthApi();
app.MapInboxApi();
app.MapCaseStaffApi();
app.MapOutreachIntentStaffApi();
app.MapCallScriptApi();
app.MapDesignerApi();
app.MapActivityStatsApi();
app.MapAdminUsersApi();
app.MapMigrationApi();
app.MapAdminApiKeysApi();
app.MapAuditApi();
app.MapContactProfilesApi();

// API keys (Security/ApiKeyStore): Camunda workers and operators.
app.MapExternalTaskRestApi();
app.MapOperationsApi();
app.MapCollectionsMetrics();

// The integrator API.
app.MapDebtorsApi();
app.MapInvoicesApi();
app.MapCasesApi();
app.MapNegotiationsApi();
app.MapWebhooksApi();

// Outreach: providers' delivery webhooks, the outbox and a case's messages, template previews.
app.MapProvidersApi();
app.MapOutboxApi();
app.MapTemplatePreviewApi();

// The browser tests' clock (E2E environment only; absent everywhere else).
app.MapTestClockApi();

await app.RunAsync();
return 0;

/// <summary>Visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the server tests.</summary>
public partial class Program;
