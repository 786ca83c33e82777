using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Persistence.Reads;

/// <summary>PostgreSQL flavour: timestamptz, uuid and numeric columns as mapped by default.</summary>
internal sealed class PostgresStaffReadDbContext(DbContextOptions<PostgresStaffReadDbContext> options) : StaffReadDbContext(options);
