using System.Security.Claims;
using Collections.Domain.Company;
using Collections.Server.Audit;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collections.Server.Apis.Staff.CompanyDetails;

/// <summary>
/// The company details the messages print (docs/architecture.md, "Company details"): admins read and save them; every
/// signed-in staff member may ask which are missing (the outbox page says so). A save is audited in its own transaction.
/// </summary>
public static class CompanyDetailsApi
{
    public static IEndpointRouteBuilder MapCompanyDetailsApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/company-details").WithTags("Staff admin").RequireAuthorization(StaffPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        admin.MapGet("/", GetAsync).WithName("GetCompanyDetails")
            .WithSummary("The company details, whether they are example values, who saved them, and the ones the templates need that are empty.");
        admin.MapPut("/", SaveAsync).WithName("SaveCompanyDetails")
            .WithSummary("Saves every field (an omitted one is saved empty); payment maps ISO currency codes to instructions or a link. Audited.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/v1/staff/company-details/status", StatusAsync).WithTags("Outbox").WithName("GetCompanyDetailsStatus")
            .WithSummary("Which company details the templates print and nobody has set; send steps that need them wait.")
            .RequireAuthorization(StaffPolicies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Ok<CompanyDetailsView>> GetAsync(CompanyDetailsStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ViewAsync(cancellationToken));

    public static async Task<Ok<CompanyDetailsView>> SaveAsync(
        CompanyDetailsInput body, CompanyDetailsStore store, IAuditTrail audit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var before = await store.ViewAsync(cancellationToken);
        var after = CompanyDetailsValidator.Check(body); // a 400 before anything is declared
        using var entry = audit.Record(AuditActions.CompanyDetailsChanged, "settings:company-details", details: new
        {
            before = new { before.Name, before.TaxId, before.Payment, before.Phone, before.Email, before.Address, before.Signature },
            after = new { after.Name, after.TaxId, after.Payment, after.Phone, after.Email, after.Address, after.Signature },
        });
        return TypedResults.Ok(await store.SaveAsync(body, user.Identity?.Name ?? "admin", cancellationToken));
    }

    public static async Task<Ok<CompanyDetailsStatus>> StatusAsync(CompanyDetailsStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.StatusAsync(cancellationToken));
}
