using Collections.Server.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Persistence;

/// <summary>
/// The server's own tables (staff users, roles, groups as user claims) in the engine's database. Its migrations are
/// per provider, like the engine's, and keep their own history table so the two never mix.
/// </summary>
public abstract class ServerDbContext(DbContextOptions options) : IdentityDbContext<StaffUser, IdentityRole, string>(options)
{
    public const string MigrationsHistoryTable = "__ServerMigrationsHistory";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Language).HasMaxLength(8);
        });
    }
}
