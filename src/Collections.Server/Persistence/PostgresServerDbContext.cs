using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Persistence;

/// <summary>PostgreSQL flavour of <see cref="ServerDbContext"/>; owns the migrations under <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresServerDbContext(DbContextOptions<PostgresServerDbContext> options) : ServerDbContext(options);
