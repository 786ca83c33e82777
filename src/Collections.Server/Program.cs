using Collections.Server.Apis;
using Collections.Server.Apis.EngineRest;
using Collections.Server.Apis.Operations;
using Collections.Server.Apis.Staff;
using Collections.Server.Cli;
using Collections.Server.Health;
using Collections.Server.Security;
using Serilog;

if (CollectionsCli.IsVerb(args))
{
    return await CollectionsCli.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCollectionsServer();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSerilogRequestLogging();
app.UseCollectionsWebUi();
app.UseCollectionsStaffSecurity();
app.UseRateLimiter();

app.MapHealthApi();
app.MapOpenApi();
app.UseCollectionsSwaggerUi();

// The engine API: roles per endpoint (Security/EngineApiAuthorizationHandler).
var engineApi = app.MapGroup("").RequireAuthorization(StaffPolicies.EngineApi);
engineApi.MapProcessDefinitionsApi();
engineApi.MapProcessInstancesApi();
engineApi.MapTasksApi();
engineApi.MapIncidentsApi();

// Staff UI: sign-in, inbox, designer, admin.
app.MapAuthApi();
app.MapInboxApi();
app.MapDesignerApi();
app.MapActivityStatsApi();
app.MapAdminUsersApi();

// API keys (issue 4; issue 5 moves them to the database): Camunda workers and operators.
app.MapExternalTaskRestApi();
app.MapOperationsApi();
app.MapCollectionsMetrics();

// The integrator API (issue 5).
app.MapDebtorsApi();
app.MapInvoicesApi();
app.MapCasesApi();
app.MapWebhooksApi();

// Every other GET outside the API paths is the single-page app.
app.MapCollectionsWebUiFallback();

await app.RunAsync();
return 0;

/// <summary>Visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the server tests.</summary>
public partial class Program;
