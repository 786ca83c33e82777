using Collections.Server.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Collections.Server.Persistence;

/// <summary>SQLite flavour of <see cref="ServerDbContext"/>; owns the migrations under <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteServerDbContext(DbContextOptions<SqliteServerDbContext> options) : ServerDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The audit log is filtered by period: sortable integers, as the engine and the domain store instants on SQLite.
        builder.Entity<AuditEntry>().Property(e => e.OccurredAt).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<AuditAnchor>().Property(a => a.PrunedAt).HasConversion<DateTimeOffsetToBinaryConverter>();
    }
}
