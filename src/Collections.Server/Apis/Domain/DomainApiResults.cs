using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Apis.Domain;

/// <summary>Problem bodies the integrator API returns (not thrown).</summary>
internal static class DomainApiResults
{
    public static ProblemDetails NotFound(string what, string id) =>
        DomainExceptionHandler.Problem(StatusCodes.Status404NotFound, "Not found", "not-found", $"{what} '{id}' was not found.", null);
}
