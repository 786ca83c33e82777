using System.Security.Claims;
using Collections.Domain.Cases;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Disputes;
using Collections.Domain.Outreach;
using Collections.Domain.Paging;
using Collections.Domain.Promises;
using Collections.Server.Apis.Domain;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Collections.Server.Audit;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// The case list and case page of the staff UI. Any staff role reads; task workers act: record a contact,
/// a promise, open a dispute, ask for a payment plan or settlement. The actions call the same domain services as the
/// integrator API (<c>/api/v1/cases</c>), with the signed-in staff member as who did it; cookie writes need the
/// anti-forgery header (Security/StaffAntiforgeryMiddleware).
/// </summary>
public static class CaseStaffApi
{
    public static IEndpointRouteBuilder MapCaseStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/staff/cases").WithTags("Staff cases").RequireAuthorization(StaffPolicies.Staff);
        api.MapGet("/", ListAsync).WithName("ListStaffCases")
            .WithSummary("Cases newest first, paged by cursor; filter by status, stage, processInstanceId and a search over invoice number and debtor.");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetStaffCase")
            .WithSummary("One case: timeline, promises, payments, disputes, open tasks, contact attempts, debtor, invoice and its process position.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/contact-attempts", RecordContactAsync).WithName("RecordStaffContactAttempt").RequireAuthorization(StaffPolicies.TaskWorker)
            .WithSummary("Records a contact attempt by the signed-in staff member on the case's timeline.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/promises", PromiseAsync).WithName("RecordStaffPromise").RequireAuthorization(StaffPolicies.TaskWorker)
            .WithSummary("Records a promise to pay (message promise-made); broken when its day passes unpaid.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/disputes", OpenDisputeAsync).WithName("OpenStaffDispute").RequireAuthorization(StaffPolicies.TaskWorker)
            .WithSummary("Opens a dispute with a reason code (message dispute-opened); outreach pauses.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/negotiations", RequestNegotiationAsync).WithName("RequestStaffNegotiation").RequireAuthorization(StaffPolicies.TaskWorker)
            .WithSummary("The debtor asks for a payment plan or a settlement discount (message negotiation-requested): the negotiation task opens.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<Page<CaseListItemDto>>> ListAsync(
        CaseBrowser browser, string? status, string? stage, string? search, Guid? processInstanceId, string? cursor, int? limit,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await browser.SearchAsync(new CaseSearchQuery(Blank(status), Blank(stage), Blank(search), processInstanceId, cursor, limit), cancellationToken));

    public static async Task<Results<Ok<CaseViewDto>, ProblemHttpResult>> GetAsync(Guid id, CaseBrowser browser, CancellationToken cancellationToken) =>
        await browser.GetViewAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(DomainApiResults.NotFound("Case", id.ToString()));

    public static async Task<Created<ContactAttemptDto>> RecordContactAsync(
        Guid id, StaffContactAttemptBody body, ClaimsPrincipal user, ContactAttemptService attempts, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.ContactRecorded, $"case:{id}", id, body);
        var input = new ContactAttemptInput(body.Channel, body.Direction ?? "outbound", body.Outcome, InboxApi.UserId(user), body.ReasonCode, body.Notes, body.At);
        return TypedResults.Created($"/api/v1/staff/cases/{id}", await attempts.RecordAsync(id, input, cancellationToken));
    }

    public static async Task<Created<PromiseDto>> PromiseAsync(Guid id, PromiseInput body, PromiseService promises, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.PromiseCreated, $"case:{id}", id, body);
        return TypedResults.Created($"/api/v1/staff/cases/{id}", await promises.CreateAsync(id, body, cancellationToken));
    }

    public static async Task<Created<DisputeDto>> OpenDisputeAsync(
        Guid id, StaffDisputeBody body, ClaimsPrincipal user, DisputeService disputes, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.DisputeOpened, $"case:{id}", id, body);
        var notes = $"Opened by {InboxApi.UserId(user)}{(string.IsNullOrWhiteSpace(body.Notes) ? "." : ": " + body.Notes.Trim())}";
        return TypedResults.Created($"/api/v1/staff/cases/{id}", await disputes.OpenAsync(id, new DisputeInput(body.Reason, null, notes), cancellationToken));
    }

    public static async Task<Created<NegotiationRequestDto>> RequestNegotiationAsync(
        Guid id, NegotiationRequestInput body, ClaimsPrincipal user, NegotiationRequestService negotiations, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.NegotiationRequested, $"case:{id}", id, body);
        return TypedResults.Created($"/api/v1/staff/cases/{id}", await negotiations.RequestAsync(id, body, InboxApi.UserId(user), cancellationToken));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
