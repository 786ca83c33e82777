using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Collections.Engine.Persistence;

/// <summary>SQLite flavour: date-times stored as sortable integers, because SQLite cannot compare DateTimeOffset text.</summary>
internal sealed class SqliteEngineDbContext(DbContextOptions<SqliteEngineDbContext> options) : EngineDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // All stored times are UTC, so the binary form (ticks << 11 | offset) orders like the times themselves.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
