using System.Security.Claims;
using System.Security.Cryptography;
using Collections.Domain.Persistence;
using Collections.Engine.Configuration;
using Collections.Server.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Server.Security;

/// <summary>
/// At start, after the engine's migrations: applies the server's own migrations, creates the staff roles, and when no
/// user exists creates the first admin from <c>Collections:Admin</c>, or with a generated password logged once. Safe
/// when several nodes start together on one database (one at a time under a lock).
/// </summary>
internal sealed partial class StaffBootstrapService(
    IServiceScopeFactory scopes,
    IOptions<StaffAdminOptions> admin,
    IOptions<EngineOptions> database,
    ILogger<StaffBootstrapService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ServerDbContext>();
        await using (await StartupLock.AcquireAsync(database.Value, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        // Several nodes may start at once on one fresh database: each checks and creates inside one transaction that
        // holds a lock, so the second sees the first one's roles and admin instead of failing on their unique names.
        // PostgreSQL: a transaction-scoped advisory lock; SQLite: the transaction itself (BEGIN IMMEDIATE, one writer).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db is PostgresServerDbContext)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('collections.staff-bootstrap'))", cancellationToken);
        }

        await CreateRolesAndFirstAdminAsync(services, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CreateRolesAndFirstAdminAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        var users = services.GetRequiredService<UserManager<StaffUser>>();
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var settings = admin.Value;
        var password = settings.Password;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = GeneratePassword();
        }

        // A generated password went through the log: it must be changed at the first sign-in.
        var user = new StaffUser
        {
            UserName = settings.Email, Email = settings.Email, EmailConfirmed = true, DisplayName = "Admin", MustChangePassword = generated,
        };
        Check(await users.CreateAsync(user, password!), $"admin {settings.Email}");
        Check(await users.AddToRolesAsync(user, [StaffRoles.Admin, StaffRoles.ProcessOwner]), "admin roles");
        Check(await users.AddClaimAsync(user, new Claim(StaffGroups.ClaimType, "managers")), "admin groups");
        if (generated)
        {
            AdminCreatedWithGeneratedPassword(logger, settings.Email, password!);
        }
        else
        {
            AdminCreated(logger, settings.Email);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>24 random characters from an alphabet without look-alikes (no composition rules: NIST SP 800-63B).</summary>
    internal static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 24);

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No staff user existed: created admin {Email} with the generated password {Password} (shown once; it must be changed at the first sign-in)")]
    private static partial void AdminCreatedWithGeneratedPassword(ILogger logger, string email, string password);

    [LoggerMessage(Level = LogLevel.Information, Message = "No staff user existed: created admin {Email} from Collections:Admin")]
    private static partial void AdminCreated(ILogger logger, string email);
}
