using System.Security.Claims;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Collections.Server.Audit;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// Migrating running cases to another version of their process, for process owners and admins: the versions
/// with their running cases, the generated mapping with manual instructions laid over it, a preview that changes
/// nothing, and the migration itself as a durable batch whose progress can be read while the job executor runs it.
/// </summary>
public static class MigrationApi
{
    /// <summary>How many cases a preview lists one by one (the counts cover every case).</summary>
    public const int PreviewListed = 500;

    public static IEndpointRouteBuilder MapMigrationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/processes/{key}/versions", ListVersionsAsync).WithTags("Migration").RequireAuthorization(StaffPolicies.Designer)
            .WithName("ListProcessVersions").WithSummary("Every version of a process, newest first, with its running instances.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var api = app.MapGroup("/api/v1/migrations").WithTags("Migration").RequireAuthorization(StaffPolicies.Designer);
        api.MapPost("/plan", PlanAsync).WithName("PlanMigration")
            .WithSummary("The generated mapping (same id and kind) with the manual instructions laid over it, both versions' activities and the plan's problems.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/preview", PreviewAsync).WithName("PreviewMigration")
            .WithSummary("Where each running instance would move, or why it cannot; changes nothing.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", StartAsync).WithName("StartMigration")
            .WithSummary("Starts the migration as a durable batch run by the job executor; 202 with its progress.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", ListAsync).WithName("ListMigrations").WithSummary("Recent migration batches, newest first.");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetMigration").WithSummary("A migration batch: total, migrated, failed, pending.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ProcessVersionInfo>>> ListVersionsAsync(string key, IProcessMigration migration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await migration.ListVersionsAsync(key, cancellationToken));

    public static async Task<Ok<MigrationPlanDraft>> PlanAsync(MigrationBody body, IProcessMigration migration, CancellationToken cancellationToken)
    {
        var (source, target, manual) = Validate(body);
        return TypedResults.Ok(await migration.GeneratePlanAsync(source, target, manual, cancellationToken));
    }

    public static async Task<Ok<MigrationPreview>> PreviewAsync(MigrationBody body, IProcessMigration migration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await migration.PreviewAsync(await RequestAsync(body, migration, cancellationToken), PreviewListed, cancellationToken));

    public static async Task<Accepted<MigrationBatchInfo>> StartAsync(
        MigrationBody body, ClaimsPrincipal user, IProcessMigration migration, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var request = await RequestAsync(body, migration, cancellationToken);
        using var entry = audit.Record(AuditActions.MigrationStarted, $"definition:{body.SourceDefinitionId}", details: new
        {
            before = body.SourceDefinitionId, after = body.TargetDefinitionId, instructions = body.ManualInstructions?.Count ?? 0,
            body.UpdateEventTriggers, instances = body.ProcessInstanceIds?.Count,
        });
        var batch = await migration.StartBatchAsync(request, user.Identity?.Name, cancellationToken);
        return TypedResults.Accepted($"/api/v1/migrations/{batch.Id}", batch);
    }

    public static async Task<Ok<IReadOnlyList<MigrationBatchInfo>>> ListAsync(string? processKey, IProcessMigration migration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await migration.ListBatchesAsync(processKey, 20, cancellationToken));

    public static async Task<Results<Ok<MigrationBatchInfo>, NotFound<ProblemDetails>>> GetAsync(
        Guid id, IProcessMigration migration, CancellationToken cancellationToken) =>
        await migration.GetBatchAsync(id, cancellationToken) is { } batch
            ? TypedResults.Ok(batch)
            : TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "Not found", Detail = $"Migration batch '{id}' was not found." });

    private static async Task<MigrationRequest> RequestAsync(MigrationBody body, IProcessMigration migration, CancellationToken cancellationToken)
    {
        var (source, target, manual) = Validate(body);
        var draft = await migration.GeneratePlanAsync(source, target, manual, cancellationToken);
        return new MigrationRequest(draft.Plan with { UpdateEventTriggers = body.UpdateEventTriggers ?? false }, body.ProcessInstanceIds);
    }

    /// <summary>Every field a person can get wrong, named as the request spells it.</summary>
    private static (Guid Source, Guid Target, IReadOnlyList<MigrationInstruction> Manual) Validate(MigrationBody body)
    {
        if (body.SourceDefinitionId is not { } source || source == Guid.Empty)
        {
            throw new InvalidRequestException("migration.source-required", "The source version (a process definition id) is required.", "sourceDefinitionId");
        }

        if (body.TargetDefinitionId is not { } target || target == Guid.Empty)
        {
            throw new InvalidRequestException("migration.target-required", "The target version (a process definition id) is required.", "targetDefinitionId");
        }

        var manual = new List<MigrationInstruction>();
        for (var i = 0; i < (body.ManualInstructions?.Count ?? 0); i++)
        {
            var instruction = body.ManualInstructions![i];
            if (string.IsNullOrWhiteSpace(instruction?.SourceActivityId))
            {
                throw new InvalidRequestException("migration.instruction-source-required", "Each manual instruction names a source activity.", $"manualInstructions[{i}].sourceActivityId");
            }

            if (string.IsNullOrWhiteSpace(instruction.TargetActivityId))
            {
                throw new InvalidRequestException("migration.instruction-target-required",
                    $"The manual instruction for '{instruction.SourceActivityId}' names no target activity.", $"manualInstructions[{i}].targetActivityId");
            }

            manual.Add(new MigrationInstruction(instruction.SourceActivityId.Trim(), instruction.TargetActivityId.Trim(), instruction.UpdateEventTrigger ?? false));
        }

        if (body.ProcessInstanceIds is { Count: 0 })
        {
            throw new InvalidRequestException("migration.no-instances", "The list of instances is empty; leave it out to take every running instance.", "processInstanceIds");
        }

        return (source, target, manual);
    }
}
