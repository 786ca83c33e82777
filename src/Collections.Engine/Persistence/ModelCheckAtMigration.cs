using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Collections.Engine.Persistence;

/// <summary>
/// Turns off EF Core's check, at every <c>MigrateAsync</c>, that the model has no change missing a migration. The
/// check diffs the whole model against the snapshot on every start (about a fifth of a start's CPU); the same question
/// is asked once per context and provider by a test (<c>MigrationCompletenessTests</c>), where a forgotten migration
/// fails the build instead of a node's start.
/// </summary>
public static class ModelCheckAtMigration
{
    public static DbContextOptionsBuilder SkipModelCheck(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    public static DbContextOptionsBuilder<TContext> SkipModelCheck<TContext>(this DbContextOptionsBuilder<TContext> options)
        where TContext : DbContext =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
