using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Collections.Domain.Persistence;

/// <summary>SQLite flavour: date-times as sortable integers, as the engine stores them (UTC only).</summary>
public sealed class SqliteDomainDbContext(DbContextOptions<SqliteDomainDbContext> options) : DomainDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
