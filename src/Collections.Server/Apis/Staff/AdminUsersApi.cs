using System.Security.Claims;
using System.Security.Cryptography;
using Collections.Server.Audit;
using Collections.Server.Persistence;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// Admin page: staff accounts with their roles and candidate groups; role changes, disabling and password resets. Each
/// of those changes the user's security stamp, so the user's sessions end within the stamp validation interval.
/// </summary>
public static class AdminUsersApi
{
    public static IEndpointRouteBuilder MapAdminUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/admin/users").WithTags("Staff admin").RequireAuthorization(StaffPolicies.Admin);
        api.MapGet("/", ListAsync).WithName("ListStaffUsers").WithSummary("Every staff account with roles and groups.");
        api.MapPost("/", CreateAsync).WithName("CreateStaffUser").WithSummary("Creates a staff account with roles and candidate groups.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPut("/{id}/roles", SetRolesAsync).WithName("SetStaffUserRoles").WithSummary("Replaces the account's roles; its sessions end.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id}/disable", DisableAsync).WithName("DisableStaffUser").WithSummary("Disables the account; its sessions end.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id}/enable", EnableAsync).WithName("EnableStaffUser").WithSummary("Lets a disabled account sign in again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id}/reset-password", ResetPasswordAsync).WithName("ResetStaffUserPassword")
            .WithSummary("Sets a temporary password, returned once, that the user must change at the next sign-in; sessions end.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<List<StaffUserDto>>> ListAsync(UserManager<StaffUser> users, CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var result = new List<StaffUserDto>(all.Count);
        foreach (var user in all)
        {
            result.Add(await ToDtoAsync(users, user));
        }

        return TypedResults.Ok(result);
    }

    public static async Task<Results<Created<StaffUserDto>, BadRequest<ProblemDetails>>> CreateAsync(
        CreateStaffUserBody body, UserManager<StaffUser> users, ServerDbContext db, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var roles = body.Roles ?? [];
        var groups = body.Groups ?? [];
        if (UnknownRole(roles) is { } badRole)
        {
            return TypedResults.BadRequest(badRole);
        }

        if (groups.FirstOrDefault(g => string.IsNullOrWhiteSpace(g) || g.Length > 100) is not null)
        {
            return TypedResults.BadRequest(StaffProblems.Create(400, "Invalid staff user", StaffProblems.GroupInvalid, "Group names must be 1 to 100 characters."));
        }

        // One transaction for the account, its roles, its groups and its audit row (UserManager saves through the same scoped context).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new StaffUser { UserName = body.Email, Email = body.Email, EmailConfirmed = true, DisplayName = body.DisplayName };
        var created = await users.CreateAsync(user, body.Password ?? string.Empty);
        if (!created.Succeeded)
        {
            return TypedResults.BadRequest(created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal))
                ? AuthApi.PasswordRejected(created)
                : AuthApi.WithErrors(StaffProblems.Create(400, "Invalid staff user", StaffProblems.UserInvalid, AuthApi.Describe(created)), created));
        }

        await users.AddToRolesAsync(user, roles);
        await users.AddClaimsAsync(user, groups.Distinct().Select(g => new Claim(StaffGroups.ClaimType, g)));
        using (audit.Record(AuditActions.UserCreated, $"user:{user.Email}", details: new { user.Id, user.Email, user.DisplayName, roles, groups }))
        {
            await audit.WriteAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/admin/users/{user.Id}", await ToDtoAsync(users, user));
    }

    public static async Task<Results<Ok<StaffUserDto>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>>> SetRolesAsync(
        string id, StaffRolesBody body, HttpContext context, UserManager<StaffUser> users, ServerDbContext db, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var roles = (body.Roles ?? []).Distinct().ToList();
        if (UnknownRole(roles) is { } badRole)
        {
            return TypedResults.BadRequest(badRole);
        }

        if (await users.FindByIdAsync(id) is not { } user)
        {
            return TypedResults.NotFound(NotFound(id));
        }

        if (IsSelf(context, user) && !roles.Contains(StaffRoles.Admin))
        {
            return TypedResults.BadRequest(CannotChangeSelf("remove your own admin role"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        await users.UpdateSecurityStampAsync(user); // the old roles live in the user's cookies until the stamp check
        await AuditAsync(db, audit, AuditActions.UserRolesChanged, user, new { before = current.Order().ToList(), after = roles }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await ToDtoAsync(users, user));
    }

    public static async Task<Results<Ok<StaffUserDto>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>>> DisableAsync(
        string id, HttpContext context, UserManager<StaffUser> users, ServerDbContext db, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return TypedResults.NotFound(NotFound(id));
        }

        if (IsSelf(context, user))
        {
            return TypedResults.BadRequest(CannotChangeSelf("disable your own account"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.Disabled = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(db, audit, AuditActions.UserDisabled, user, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await ToDtoAsync(users, user));
    }

    public static async Task<Results<Ok<StaffUserDto>, NotFound<ProblemDetails>>> EnableAsync(
        string id, UserManager<StaffUser> users, ServerDbContext db, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return TypedResults.NotFound(NotFound(id));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.Disabled = false;
        await users.UpdateAsync(user);
        await AuditAsync(db, audit, AuditActions.UserEnabled, user, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await ToDtoAsync(users, user));
    }

    public static async Task<Results<Ok<TemporaryPasswordDto>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> ResetPasswordAsync(
        string id, UserManager<StaffUser> users, ServerDbContext db, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return TypedResults.NotFound(NotFound(id));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var temporary = TemporaryPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, temporary); // changes the stamp: sessions end
        if (!reset.Succeeded)
        {
            return TypedResults.BadRequest(AuthApi.PasswordRejected(reset));
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null); // a locked-out user is usually why an admin resets
        await users.ResetAccessFailedCountAsync(user);
        await AuditAsync(db, audit, AuditActions.UserPasswordReset, user, null, cancellationToken); // never the password
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new TemporaryPasswordDto(temporary));
    }

    /// <summary>Writes the declared entry through the open transaction of <paramref name="db"/>, which the caller commits.</summary>
    private static async Task AuditAsync(ServerDbContext db, IAuditTrail audit, string action, StaffUser user, object? details, CancellationToken cancellationToken)
    {
        using (audit.Record(action, $"user:{user.Email}", details: details))
        {
            await audit.WriteAsync(db, cancellationToken);
        }
    }

    /// <summary>20 random characters from an alphabet without look-alikes (about 115 bits).</summary>
    internal static string TemporaryPassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);

    private static async Task<StaffUserDto> ToDtoAsync(UserManager<StaffUser> users, StaffUser user)
    {
        var me = await AuthApi.ToDtoAsync(users, user);
        return new StaffUserDto(me.Id, me.Email, me.DisplayName, me.Roles, me.Groups, user.Disabled, user.MustChangePassword);
    }

    private static bool IsSelf(HttpContext context, StaffUser user) =>
        string.Equals(context.User.FindFirstValue(ClaimTypes.NameIdentifier), user.Id, StringComparison.Ordinal);

    private static ProblemDetails? UnknownRole(IEnumerable<string> roles) =>
        roles.FirstOrDefault(r => !StaffRoles.All.Contains(r)) is { } bad
            ? StaffProblems.Create(400, "Invalid staff user", StaffProblems.UnknownRole, $"Unknown role '{bad}'; use {string.Join(", ", StaffRoles.All)}.")
            : null;

    private static ProblemDetails NotFound(string id) =>
        StaffProblems.Create(404, "Staff user not found", StaffProblems.UserNotFound, $"No staff account has the id '{id}'.");

    private static ProblemDetails CannotChangeSelf(string what) =>
        StaffProblems.Create(400, "Not on your own account", StaffProblems.CannotChangeSelf, $"You cannot {what}; ask another admin.");
}
