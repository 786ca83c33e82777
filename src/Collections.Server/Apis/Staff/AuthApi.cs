using System.Security.Claims;
using Collections.Server.Audit;
using Collections.Server.Persistence;
using Collections.Server.Security;
using Collections.Server.Security.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Collections.Server.Apis.Staff;

/// <summary>Staff sign-in and sign-out with the Identity cookie, <c>/api/v1/me</c> and the user's own password change.</summary>
public static class AuthApi
{
    public static readonly string[] Languages = ["es", "en"];

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Staff sign-in");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(SignInLimits.PerAddressPolicy)
            .WithName("Login").WithSummary("Signs a staff member in with e-mail and password; sets the sign-in cookie.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/logout", LogoutAsync).RequireAuthorization()
            .WithName("Logout").WithSummary("Signs out: clears the cookie and ends every session of this user on every node.");

        var me = app.MapGroup("/api/v1/me").WithTags("Staff sign-in").RequireAuthorization(StaffPolicies.Staff);
        me.MapGet("/", GetMeAsync)
            .WithName("GetMe").WithSummary("The signed-in staff member, roles and groups; refreshes the XSRF-TOKEN cookie.");
        me.MapPut("/language", SetLanguageAsync)
            .WithName("SetMyLanguage").WithSummary("Stores the UI language of the signed-in user (es or en).");
        me.MapPost("/password", ChangePasswordAsync)
            .WithName("ChangeMyPassword").WithSummary("Changes the signed-in user's password; other sessions of the user end.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    internal static async Task<IResult> LoginAsync(
        LoginBody body, SignInManager<StaffUser> signIn, SignInThrottle throttle, DummyPasswordHash dummy, IOptions<SignInThrottleOptions> limits)
    {
        var email = body.Email ?? string.Empty;
        var password = body.Password ?? string.Empty;
        if (!throttle.MayTry(email, out var wait))
        {
            return RetryAfterProblem.TooManyAttempts(wait);
        }

        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.Disabled)
        {
            // The same hashing work as a wrong password, so the answer's timing does not reveal the account.
            var passwordRight = user is not null && await users.CheckPasswordAsync(user, password);
            if (user is null) dummy.Verify(users.PasswordHasher, password);
            if (passwordRight)
            {
                return Refused(StatusCodes.Status403Forbidden, "Account disabled", StaffProblems.AccountDisabled, "An administrator disabled this account.");
            }

            throttle.RecordFailure(email);
            return InvalidCredentials();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return RetryAfterProblem.LockedOut(LockoutRemaining(user, limits.Value));
        }

        if (!result.Succeeded)
        {
            throttle.RecordFailure(email);
            return InvalidCredentials();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> LogoutAsync(HttpContext context, SignInManager<StaffUser> signIn)
    {
        // A cookie is self-contained: clearing it in this browser does not stop a copy of it. Changing the stamp does:
        // every cookie of this user fails its next stamp check (within the validation interval) on every node.
        if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

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
            new CookieOptions { HttpOnly = false, SameSite = SameSiteMode.Strict, Path = "/", Secure = context.Request.IsHttps });
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

    public static async Task<Results<NoContent, BadRequest<ProblemDetails>, UnauthorizedHttpResult>> ChangePasswordAsync(
        ChangePasswordBody body, HttpContext context, SignInManager<StaffUser> signIn, ServerDbContext db, IAuditTrail audit,
        CancellationToken cancellationToken)
    {
        var users = signIn.UserManager;
        if (await users.GetUserAsync(context.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await users.ChangePasswordAsync(user, body.CurrentPassword ?? string.Empty, body.NewPassword ?? string.Empty);
        if (!changed.Succeeded)
        {
            return TypedResults.BadRequest(changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? StaffProblems.Create(400, "Current password wrong", StaffProblems.CurrentPasswordWrong, Describe(changed))
                : PasswordRejected(changed));
        }

        // ChangePasswordAsync changed the stamp (other sessions end); this session gets a fresh cookie and loses the mark.
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        using (audit.Record(AuditActions.UserPasswordChanged, $"user:{user.Email}"))
        {
            await audit.WriteAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }

    /// <summary>400 <c>auth.password-rejected</c> with each policy error (code and text in the caller's language).</summary>
    internal static ProblemDetails PasswordRejected(IdentityResult result) =>
        WithErrors(StaffProblems.Create(400, "Password rejected", StaffProblems.PasswordRejected, Describe(result)), result);

    /// <summary>Adds Identity's errors (code and text in the caller's language) as <c>errors</c>.</summary>
    internal static ProblemDetails WithErrors(ProblemDetails problem, IdentityResult result)
    {
        problem.Extensions["errors"] = result.Errors.Select(e => new { code = e.Code, description = e.Description }).ToList();
        return problem;
    }

    internal static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    internal static async Task<MeDto> ToDtoAsync(UserManager<StaffUser> users, StaffUser user)
    {
        var roles = await users.GetRolesAsync(user);
        var groups = (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffGroups.ClaimType).Select(c => c.Value).ToList();
        return new MeDto(user.Id, user.Email ?? user.UserName ?? user.Id, user.DisplayName ?? user.Email ?? user.Id, user.Language,
            roles.Order().ToList(), groups.Order().ToList(), user.MustChangePassword);
    }

    /// <summary>The candidate groups of the signed-in principal (from the cookie's claims).</summary>
    internal static IReadOnlyList<string> GroupsOf(ClaimsPrincipal user) =>
        user.FindAll(StaffGroups.ClaimType).Select(c => c.Value).ToList();

    private static ProblemHttpResult InvalidCredentials() =>
        Refused(StatusCodes.Status401Unauthorized, "Sign-in failed", StaffProblems.InvalidCredentials, "Wrong e-mail or password.");

    private static ProblemHttpResult Refused(int status, string title, string code, string detail) =>
        TypedResults.Problem(StaffProblems.Create(status, title, code, detail));

    /// <summary>
    /// Identity stamps lockouts with the system clock (UserManager reads no TimeProvider), so the wait is measured
    /// on the same clock; capped at the configured lockout.
    /// </summary>
    private static TimeSpan LockoutRemaining(StaffUser user, SignInThrottleOptions limits)
    {
        var remaining = (user.LockoutEnd ?? DateTimeOffset.MinValue) - TimeProvider.System.GetUtcNow();
        return remaining <= TimeSpan.Zero ? TimeSpan.FromSeconds(1) : remaining > limits.LockoutDuration ? limits.LockoutDuration : remaining;
    }
}
