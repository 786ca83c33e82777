using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Persistence;

/// <summary>PostgreSQL flavour: timestamptz and numeric columns.</summary>
public sealed class PostgresDomainDbContext(DbContextOptions<PostgresDomainDbContext> options) : DomainDbContext(options);
