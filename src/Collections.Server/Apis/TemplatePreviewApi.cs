using Collections.Domain.Outreach.Preview;
using Collections.Domain.Outreach.Templates;
using Collections.Server.Apis.Domain;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collections.Server.Apis;

/// <summary>
/// Renders an outreach template for a case as the send worker would now, so a collector or an integrator
/// sees the e-mail before the process sends it. Collectors and above (by role) or an API key with <c>cases:read</c>.
/// </summary>
public static class TemplatePreviewApi
{
    public static IEndpointRouteBuilder MapTemplatePreviewApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/cases/{caseId:guid}/templates/{key}/preview", PreviewAsync).WithTags("Templates").WithName("PreviewTemplate")
            .WithSummary("Renders template {key} for the case in the debtor's language (or ?language=es|en): subject, text and HTML; nothing is sent.")
            .RequireRateLimiting(DomainApiLimits.RatePolicy)
            .WithMetadata(new DomainScopeMetadata(DomainApiScopes.CasesRead)) // documents the key's scope; the policy below decides
            .RequireAuthorization(p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                StaffRoles.TaskWorkers.Any(c.User.IsInRole)
                || c.User.HasClaim(DomainApiScopes.ClaimType, DomainApiScopes.CasesRead)
                || c.User.HasClaim(DomainApiScopes.ClaimType, DomainScopeRequirement.AdminScope)))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Results<Ok<TemplatePreview>, ProblemHttpResult>> PreviewAsync(
        Guid caseId, string key, string? language, TemplatePreviewService previews, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await previews.PreviewAsync(caseId, key, language, cancellationToken));
        }
        catch (TemplateNotFoundException ex)
        {
            var problem = DomainExceptionHandler.Problem(StatusCodes.Status404NotFound, "Template not found", ex.Code, ex.Message, "key");
            problem.Extensions["template"] = key;
            return TypedResults.Problem(problem);
        }
        catch (Collections.Domain.Company.CompanyDetailsMissingException ex)
        {
            var problem = DomainExceptionHandler.Problem(StatusCodes.Status422UnprocessableEntity, "Company details missing", ex.Code, ex.Message, null);
            problem.Extensions["template"] = ex.Template;
            problem.Extensions["fields"] = ex.Fields;
            return TypedResults.Problem(problem);
        }
        catch (TemplateRenderException ex)
        {
            var problem = DomainExceptionHandler.Problem(StatusCodes.Status422UnprocessableEntity, "Template cannot be rendered for this case", ex.Code, ex.Message, null);
            problem.Extensions["template"] = ex.File;
            if (ex.Variable is { } variable) problem.Extensions["variable"] = variable;
            return TypedResults.Problem(problem);
        }
    }
}
