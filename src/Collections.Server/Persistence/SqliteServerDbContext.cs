using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Persistence;

/// <summary>SQLite flavour of <see cref="ServerDbContext"/>; owns the migrations under <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteServerDbContext(DbContextOptions<SqliteServerDbContext> options) : ServerDbContext(options);
