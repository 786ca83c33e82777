using System.Security.Claims;
using Collections.Server.Audit;
using Collections.Server.Persistence;
using Collections.Server.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Apis.Staff;

/// <summary>Staff sign-in and sign-out with the Identity cookie, and <c>/api/v1/me</c>.</summary>
public static class AuthApi
{
    public static readonly string[] Languages = ["es", "en"];

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Staff sign-in");
        auth.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithName("Login").WithSummary("Signs a staff member in with e-mail and password; sets the sign-in cookie.");
        auth.MapPost("/logout", LogoutAsync).RequireAuthorization()
            .WithName("Logout").WithSummary("Signs out (clears the cookie).");

        var me = app.MapGroup("/api/v1/me").WithTags("Staff sign-in").RequireAuthorization(StaffPolicies.Staff);
        me.MapGet("/", GetMeAsync)
            .WithName("GetMe").WithSummary("The signed-in staff member, roles and groups; refreshes the XSRF-TOKEN cookie.");
        me.MapPut("/language", SetLanguageAsync)
            .WithName("SetMyLanguage").WithSummary("Stores the UI language of the signed-in user (es or en).");
        return app;
    }

    public static async Task<Results<NoContent, UnauthorizedHttpResult>> LoginAsync(
        LoginBody body, SignInManager<StaffUser> signIn)
    {
        var user = await signIn.UserManager.FindByEmailAsync(body.Email ?? string.Empty);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var result = await signIn.PasswordSignInAsync(user, body.Password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? TypedResults.NoContent() : TypedResults.Unauthorized();
    }

    public static async Task<NoContent> LogoutAsync(SignInManager<StaffUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<MeDto>, UnauthorizedHttpResult>> GetMeAsync(
        HttpContext context, UserManager<StaffUser> users, IAntiforgery antiforgery)
    {
        if (await users.GetUserAsync(context.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(StaffAuthenticationDefaults.AntiforgeryCookie, tokens.RequestToken!,
            new CookieOptions { HttpOnly = false, SameSite = SameSiteMode.Strict, Path = "/" });
        return TypedResults.Ok(await ToDtoAsync(users, user));
    }

    public static async Task<Results<NoContent, BadRequest<ProblemDetails>, UnauthorizedHttpResult>> SetLanguageAsync(
        LanguageBody body, HttpContext context, UserManager<StaffUser> users, ServerDbContext db, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (!Languages.Contains(body.Language))
        {
            return TypedResults.BadRequest(new ProblemDetails { Status = 400, Title = "Unknown language", Detail = "Use es or en." });
        }

        if (await users.GetUserAsync(context.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = user.Language;
        user.Language = body.Language;
        await users.UpdateAsync(user);
        using (audit.Record(AuditActions.LanguageChanged, $"user:{user.Email}", details: new { before, after = body.Language }))
        {
            await audit.WriteAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<MeDto> ToDtoAsync(UserManager<StaffUser> users, StaffUser user)
    {
        var roles = await users.GetRolesAsync(user);
        var groups = (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffGroups.ClaimType).Select(c => c.Value).ToList();
        return new MeDto(user.Id, user.Email ?? user.UserName ?? user.Id, user.DisplayName ?? user.Email ?? user.Id, user.Language,
            roles.Order().ToList(), groups.Order().ToList());
    }

    /// <summary>The candidate groups of the signed-in principal (from the cookie's claims).</summary>
    internal static IReadOnlyList<string> GroupsOf(ClaimsPrincipal user) =>
        user.FindAll(StaffGroups.ClaimType).Select(c => c.Value).ToList();
}
