using Collections.Domain.Cases;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Disputes;
using Collections.Domain.Paging;
using Collections.Domain.Promises;
using Collections.Server.Apis.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Collections.Server.Audit;

namespace Collections.Server.Apis;

/// <summary>Cases: open, list, read with the timeline, promises, disputes, cancel and write-off.</summary>
public static class CasesApi
{
    public static RouteGroupBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/cases").WithTags("Cases").WithDomainApiDefaults(DomainApiScopes.CasesWrite);
        api.MapPost("/", OpenAsync).WithName("OpenCase")
            .WithSummary("Opens the case of an overdue invoice (by id, external id or inline) and starts the latest version of overdue-invoice (or processKey); business key = invoice number. 200 with the case already open for the invoice (the overdue scanner opens cases by itself).")
            .WithCreatingPost().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync).WithName("ListCases").RequireAuthorizationScope(DomainApiScopes.CasesRead)
            .WithSummary("Lists cases by status, business stage, waiting activity, collector, debtor and overdue bucket (1-30, 31-60, 61-90, 90+); cursor pagination.");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetCase").RequireAuthorizationScope(DomainApiScopes.CasesRead)
            .WithSummary("One case with its timeline (stages, tasks, payments, promises, disputes, notes) and open tasks.");
        api.MapPost("/{id:guid}/promises", PromiseAsync).WithName("CreatePromise")
            .WithSummary("Records a promise to pay (message promise-made with promiseDate and promiseAmount); broken when its day passes unpaid.")
            .WithCreatingPost().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/disputes", OpenDisputeAsync).WithName("OpenDispute")
            .WithSummary("Opens a dispute with a reason code (message dispute-opened with disputeReason); outreach pauses.")
            .WithCreatingPost().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/disputes/{disputeId:guid}/resolve", ResolveDisputeAsync).WithName("ResolveDispute")
            .WithSummary("Resolves the dispute in the debtor's favour (message dispute-resolved, disputeOutcome=resolved).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/disputes/{disputeId:guid}/reject", RejectDisputeAsync).WithName("RejectDispute")
            .WithSummary("Rejects the dispute (message dispute-resolved, disputeOutcome=rejected); collection resumes.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/contact-attempts", RecordContactAsync).WithName("RecordContactAttempt")
            .WithSummary("Records a contact attempt made outside Collections (channel, direction, outcome, reason, notes, who, when) on the case's timeline.")
            .WithCreatingPost().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelCase").RequireAuthorizationScope(DomainApiScopes.CasesManage)
            .WithSummary("Manager: cancels the case and its process (opened by mistake); the invoice stays open.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/write-off", WriteOffAsync).WithName("WriteOffCase").RequireAuthorizationScope(DomainApiScopes.CasesManage)
            .WithSummary("Manager: writes the balance off; the case, its process and the invoice close.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>201 when this call opened the case; 200 with the case the scanner or an earlier call opened.</summary>
    public static async Task<Results<Created<CaseDetailDto>, Ok<CaseDetailDto>>> OpenAsync(OpenCaseInput body, CaseService cases, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.CaseOpened, $"invoice:{body.InvoiceId?.ToString() ?? body.InvoiceExternalId}", details: body);
        var (detail, opened) = await cases.OpenAsync(body, cancellationToken);
        return opened ? TypedResults.Created($"/api/v1/cases/{detail.Case.Id}", detail) : TypedResults.Ok(detail);
    }

    public static async Task<Ok<Page<CaseDto>>> ListAsync(
        CaseService cases, string? status, string? stage, string? collector, string? debtorExternalId, string? overdueBucket, string? cursor, int? limit,
        string? activity, CancellationToken cancellationToken) =>
        TypedResults.Ok(await cases.ListAsync(new CaseQuery(status, stage, collector, debtorExternalId, overdueBucket, cursor, limit, activity), cancellationToken));

    public static async Task<Results<Ok<CaseDetailDto>, ProblemHttpResult>> GetAsync(Guid id, CaseService cases, CancellationToken cancellationToken) =>
        await cases.GetAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(DomainApiResults.NotFound("Case", id.ToString()));

    public static async Task<Created<PromiseDto>> PromiseAsync(Guid id, PromiseInput body, PromiseService promises, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.PromiseCreated, $"case:{id}", id, body);
        return TypedResults.Created($"/api/v1/cases/{id}", await promises.CreateAsync(id, body, cancellationToken));
    }

    public static async Task<Created<DisputeDto>> OpenDisputeAsync(Guid id, DisputeInput body, DisputeService disputes, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.DisputeOpened, $"case:{id}", id, body);
        return TypedResults.Created($"/api/v1/cases/{id}", await disputes.OpenAsync(id, body, cancellationToken));
    }

    public static async Task<Ok<DisputeDto>> ResolveDisputeAsync(Guid id, Guid disputeId, DisputeCloseInput body, DisputeService disputes, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.DisputeResolved, $"dispute:{disputeId}", id, new { before = "open", after = DisputeStatuses.Resolved, body.Resolution, body.Outcome });
        return TypedResults.Ok(await disputes.CloseAsync(id, disputeId, DisputeStatuses.Resolved, body, cancellationToken));
    }

    public static async Task<Ok<DisputeDto>> RejectDisputeAsync(Guid id, Guid disputeId, DisputeCloseInput body, DisputeService disputes, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.DisputeRejected, $"dispute:{disputeId}", id, new { before = "open", after = DisputeStatuses.Rejected, body.Resolution, body.Outcome });
        return TypedResults.Ok(await disputes.CloseAsync(id, disputeId, DisputeStatuses.Rejected, body, cancellationToken));
    }

    public static async Task<Created<ContactAttemptDto>> RecordContactAsync(
        Guid id, ContactAttemptInput body, Collections.Domain.Outreach.ContactAttemptService attempts, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.ContactRecorded, $"case:{id}", id, body);
        return TypedResults.Created($"/api/v1/cases/{id}", await attempts.RecordAsync(id, body, cancellationToken));
    }

    public static async Task<Ok<CaseDetailDto>> CancelAsync(Guid id, CloseCaseInput body, CaseService cases, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.CaseCanceled, $"case:{id}", id, new { before = "open", after = CaseOutcomes.Canceled, body.Reason });
        return TypedResults.Ok(await cases.CloseAsync(id, CaseOutcomes.Canceled, body, cancellationToken));
    }

    public static async Task<Ok<CaseDetailDto>> WriteOffAsync(Guid id, CloseCaseInput body, CaseService cases, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.CaseWrittenOff, $"case:{id}", id, new { before = "open", after = CaseOutcomes.WrittenOff, body.Reason });
        return TypedResults.Ok(await cases.CloseAsync(id, CaseOutcomes.WrittenOff, body, cancellationToken));
    }
}
