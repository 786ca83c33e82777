using System.Security.Claims;
using Collections.Domain.Outreach.Intents;
using Collections.Server.Audit;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// The case page's outreach messages by send step (docs/architecture.md, "Exactly-once outreach"). A step held as
/// uncertain (a crash left it unknown whether the message left) waits for a task worker: "it was sent" or "send
/// again". Who decides is the signed-in staff member.
/// </summary>
public static class OutreachIntentStaffApi
{
    public static IEndpointRouteBuilder MapOutreachIntentStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/staff/cases/{caseId:guid}/send-steps").WithTags("Staff cases").RequireAuthorization(StaffPolicies.Staff);
        api.MapGet("/", ListAsync).WithName("ListStaffSendSteps")
            .WithSummary("The case's send steps newest first: channel, template, recipients, status (pending, sent, confirmed, uncertain, resend, skipped) and reason.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/confirm", ConfirmAsync).WithName("ConfirmStaffSendStep").RequireAuthorization(StaffPolicies.TaskWorker)
            .WithSummary("An uncertain send step did send: it is recorded as sent and the process goes on without sending again.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/resend", ResendAsync).WithName("ResendStaffSendStep").RequireAuthorization(StaffPolicies.TaskWorker)
            .WithSummary("An uncertain send step did not send: the worker sends it again (with a new reference) at its next look.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<OutreachIntentDto>>> ListAsync(Guid caseId, OutreachIntentService intents, CancellationToken cancellationToken) =>
        TypedResults.Ok(await intents.ListAsync(caseId, cancellationToken));

    public static async Task<Ok<OutreachIntentDto>> ConfirmAsync(
        Guid caseId, Guid id, ClaimsPrincipal user, OutreachIntentService intents, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.SendStepConfirmed, $"send-step:{id}", caseId, new { before = "uncertain", after = "confirmed" });
        return TypedResults.Ok(await intents.ConfirmSentAsync(caseId, id, InboxApi.UserId(user), cancellationToken));
    }

    public static async Task<Ok<OutreachIntentDto>> ResendAsync(
        Guid caseId, Guid id, ClaimsPrincipal user, OutreachIntentService intents, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.SendStepResent, $"send-step:{id}", caseId, new { before = "uncertain", after = "resend" });
        return TypedResults.Ok(await intents.ResendAsync(caseId, id, InboxApi.UserId(user), cancellationToken));
    }
}
