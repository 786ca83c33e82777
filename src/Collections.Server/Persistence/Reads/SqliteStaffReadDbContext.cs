using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Collections.Server.Persistence.Reads;

/// <summary>SQLite flavour: date-times are the sortable integers the engine and the domain store.</summary>
internal sealed class SqliteStaffReadDbContext(DbContextOptions<SqliteStaffReadDbContext> options) : StaffReadDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}
