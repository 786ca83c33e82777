using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Persistence;

/// <summary>PostgreSQL flavour: timestamptz columns, UTC only.</summary>
internal sealed class PostgresEngineDbContext(DbContextOptions<PostgresEngineDbContext> options) : EngineDbContext(options);
