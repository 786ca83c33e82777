using Collections.Server.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Persistence;

/// <summary>
/// The server's own tables (staff users, roles, groups as user claims, API keys, the cookies' data-protection key ring)
/// in the engine's database. Its migrations are
/// per provider, like the engine's, and keep their own history table so the two never mix.
/// </summary>
public abstract class ServerDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "__ServerMigrationsHistory";

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>The key ring every node signs and encrypts cookies with (<c>PersistKeysToDbContext</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Language).HasMaxLength(8);
        });
        builder.Entity<ApiKey>(key =>
        {
            key.ToTable("server_api_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
            key.HasIndex(k => k.Name).IsUnique();
            key.Property(k => k.Prefix).HasMaxLength(16);
            key.Property(k => k.Hash).HasMaxLength(64);
            key.HasIndex(k => k.Hash).IsUnique();
            key.Property(k => k.Scopes).HasMaxLength(500);
            key.Property(k => k.CreatedBy).HasMaxLength(256);
            key.Property(k => k.RevokedBy).HasMaxLength(256);
            key.Ignore(k => k.ScopeList);
            key.Ignore(k => k.IsRevoked);
        });
    }
}
