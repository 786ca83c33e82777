using System.Security.Claims;
using Collections.Server.Audit;
using Collections.Server.Persistence;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Apis.Staff;

/// <summary>Admin page: staff accounts with their roles and candidate groups.</summary>
public static class AdminUsersApi
{
    public static IEndpointRouteBuilder MapAdminUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/admin/users").WithTags("Staff admin").RequireAuthorization(StaffPolicies.Admin);
        api.MapGet("/", ListAsync).WithName("ListStaffUsers").WithSummary("Every staff account with roles and groups.");
        api.MapPost("/", CreateAsync).WithName("CreateStaffUser").WithSummary("Creates a staff account with roles and candidate groups.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static async Task<Ok<List<StaffUserDto>>> ListAsync(UserManager<StaffUser> users, CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var result = new List<StaffUserDto>(all.Count);
        foreach (var user in all)
        {
            var me = await AuthApi.ToDtoAsync(users, user);
            result.Add(new StaffUserDto(me.Id, me.Email, me.DisplayName, me.Roles, me.Groups));
        }

        return TypedResults.Ok(result);
    }

    public static async Task<Results<Created<StaffUserDto>, BadRequest<ProblemDetails>>> CreateAsync(
        CreateStaffUserBody body, UserManager<StaffUser> users, ServerDbContext db, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var roles = body.Roles ?? [];
        var groups = body.Groups ?? [];
        if (roles.FirstOrDefault(r => !StaffRoles.All.Contains(r)) is { } badRole)
        {
            return TypedResults.BadRequest(Problem($"Unknown role '{badRole}'; use {string.Join(", ", StaffRoles.All)}."));
        }

        if (groups.FirstOrDefault(g => string.IsNullOrWhiteSpace(g) || g.Length > 100) is not null)
        {
            return TypedResults.BadRequest(Problem("Group names must be 1 to 100 characters."));
        }

        // One transaction for the account, its roles, its groups and its audit row (UserManager saves through the same scoped context).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new StaffUser { UserName = body.Email, Email = body.Email, EmailConfirmed = true, DisplayName = body.DisplayName };
        var created = await users.CreateAsync(user, body.Password ?? string.Empty);
        if (!created.Succeeded)
        {
            return TypedResults.BadRequest(Problem(string.Join(" ", created.Errors.Select(e => e.Description))));
        }

        await users.AddToRolesAsync(user, roles);
        await users.AddClaimsAsync(user, groups.Distinct().Select(g => new Claim(StaffGroups.ClaimType, g)));
        using (audit.Record(AuditActions.UserCreated, $"user:{user.Email}", details: new { user.Id, user.Email, user.DisplayName, roles, groups }))
        {
            await audit.WriteAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var me = await AuthApi.ToDtoAsync(users, user);
        return TypedResults.Created($"/api/v1/admin/users/{user.Id}", new StaffUserDto(me.Id, me.Email, me.DisplayName, me.Roles, me.Groups));
    }

    private static ProblemDetails Problem(string detail) => new() { Status = 400, Title = "Invalid staff user", Detail = detail };
}
