using Collections.Domain.Outreach.Messages;
using Collections.Domain.Outreach.Outbox;
using Collections.Domain.Outreach.Sms;
using Collections.Domain.Paging;
using Collections.Server.Apis.Domain;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// What outreach sent, for staff who work cases (collectors and above): the embedded default's outbox folder (a new user sees what would be sent, without a SendGrid key) and the messages sent for one case, whatever the
/// provider, with their delivery reports. Read-only.
/// </summary>
public static class OutboxApi
{
    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/staff").WithTags("Outbox").RequireAuthorization(StaffPolicies.TaskWorker);
        api.MapGet("/outbox", ListAsync).WithName("ListOutbox")
            .WithSummary("Messages in the outbox folder (e-mail .eml and SMS), newest first; filter by caseId; cursor pagination.");
        api.MapGet("/outbox/{id}", GetAsync).WithName("GetOutboxMessage")
            .WithSummary("One outbox message: headers, plain text and HTML body.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/outbox/{id}/raw", RawAsync).WithName("DownloadOutboxMessage")
            .WithSummary("The outbox file as written: message/rfc822 for e-mail, text/plain for SMS.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/cases/{caseId:guid}/messages", CaseMessagesAsync).WithName("ListCaseMessages")
            .WithSummary("E-mails and SMS sent for a case, newest first, with delivery status, reports and outbox file.").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<Page<OutboxItem>>> ListAsync(OutboxStore outbox, Guid? caseId, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await outbox.ListAsync(caseId, cursor, limit, cancellationToken));

    public static async Task<Results<Ok<OutboxMessage>, ProblemHttpResult>> GetAsync(string id, OutboxStore outbox, CancellationToken cancellationToken) =>
        await outbox.GetAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.Problem(DomainApiResults.NotFound("Outbox message", id));

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> RawAsync(string id, OutboxStore outbox) =>
        outbox.PathOf(id) is { } path
            ? TypedResults.PhysicalFile(path, id.EndsWith(OutboxSmsSender.Extension, StringComparison.Ordinal) ? "text/plain; charset=utf-8" : "message/rfc822", id)
            : TypedResults.Problem(DomainApiResults.NotFound("Outbox message", id));

    public static async Task<Ok<IReadOnlyList<CaseMessageDto>>> CaseMessagesAsync(Guid caseId, CaseMessageQueries messages, CancellationToken cancellationToken) =>
        TypedResults.Ok(await messages.ListAsync(caseId, cancellationToken));
}
