using System.Text;
using Collections.Server.Audit;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// The audit log, read only: admins and managers list it with filters (keyset pages) and export it as CSV; any staff
/// member sees the entries of a case on its page. Nothing writes the log through the API (docs/security.md, "Audit trail").
/// </summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Audit").RequireAuthorization(AuditPolicies.Reader)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        admin.MapGet("/audit", ListAsync).WithName("ListAudit")
            .WithSummary("Audit entries newest first, paged by cursor; filters actor, action, caseId, from (inclusive), to (exclusive).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        admin.MapGet("/audit.csv", ExportCsv).WithName("ExportAuditCsv")
            .WithSummary("The filtered audit entries as CSV (streamed, newest first; formula-like cells prefixed with an apostrophe).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/v1/staff/cases/{id:guid}/audit", CaseAsync).WithTags("Audit").WithName("ListCaseAudit")
            .RequireAuthorization(StaffPolicies.Staff)
            .WithSummary("Who did what on this case (its audit entries, newest first, at most 200), for the case page's timeline.");
        return app;
    }

    internal static async Task<Ok<AuditPageDto>> ListAsync(
        AuditQuery query, string? actor, string? action, Guid? caseId, DateTimeOffset? from, DateTimeOffset? to, string? cursor, int? limit,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.PageAsync(AuditFilter.Parse(actor, action, caseId, from, to, cursor, limit), cancellationToken));

    internal static IResult ExportCsv(AuditQuery query, string? actor, string? action, Guid? caseId, DateTimeOffset? from, DateTimeOffset? to)
    {
        var filter = AuditFilter.Parse(actor, action, caseId, from, to, cursor: null, limit: null);
        return Results.Stream(async stream =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await writer.WriteAsync(AuditCsv.Header);
            await foreach (var entry in query.StreamAsync(filter, CancellationToken.None)) await writer.WriteAsync(AuditCsv.Row(entry));
        }, "text/csv; charset=utf-8", "audit.csv");
    }

    internal static async Task<Ok<IReadOnlyList<AuditEntryDto>>> CaseAsync(Guid id, AuditQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok((await query.PageAsync(new AuditFilter(null, null, id, null, null, null, AuditFilter.MaxLimit), cancellationToken)).Items);
}
