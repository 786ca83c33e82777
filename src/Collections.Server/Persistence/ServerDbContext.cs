using Collections.Server.Audit;
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

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditAnchor> AuditAnchors => Set<AuditAnchor>();

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
        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("server_audit_entries");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => e.Sequence).IsUnique();
            entry.Property(e => e.ActorKind).HasMaxLength(16);
            entry.Property(e => e.ActorId).HasMaxLength(AuditEntry.ActorMaxLength);
            entry.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
            entry.Property(e => e.Target).HasMaxLength(AuditEntry.TargetMaxLength);
            entry.Property(e => e.ClientAddress).HasMaxLength(AuditEntry.ClientAddressMaxLength);
            entry.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
            entry.Property(e => e.PreviousHash).HasMaxLength(64);
            entry.Property(e => e.Hash).HasMaxLength(64);
            // The admin list's filters, each walked newest first by sequence (the keyset).
            entry.HasIndex(e => new { e.ActorId, e.Sequence });
            entry.HasIndex(e => new { e.Action, e.Sequence });
            entry.HasIndex(e => new { e.CaseId, e.Sequence });
            entry.HasIndex(e => e.OccurredAt);
        });
        builder.Entity<AuditAnchor>(anchor =>
        {
            anchor.ToTable("server_audit_anchors");
            anchor.HasKey(a => a.Id);
            anchor.HasIndex(a => a.LastSequence).IsUnique();
            anchor.Property(a => a.LastHash).HasMaxLength(64);
        });
    }
}
