using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Persistence.Reads;

/// <summary>
/// Read-only joins across the engine's and the domain's tables, which live in one database (both contexts take
/// <c>Collections:Database</c>; DESIGN.md D13). Staff lists such as the inbox join user tasks with their cases in SQL
/// here instead of reading each case apart. It owns no table and has no migrations: the engine and the domain create
/// and index what it maps, and the server tests run its queries on both providers so a renamed column is noticed.
/// </summary>
internal abstract class StaffReadDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<UserTaskRow> UserTasks => Set<UserTaskRow>();
    public DbSet<CaseRow> Cases => Set<CaseRow>();
    public DbSet<InvoiceRow> Invoices => Set<InvoiceRow>();
    public DbSet<DebtorRow> Debtors => Set<DebtorRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserTaskRow>(e =>
        {
            e.ToTable("engine_user_tasks", t => t.ExcludeFromMigrations());
            e.HasKey(x => x.Id);
        });
        modelBuilder.Entity<CaseRow>(e =>
        {
            e.ToTable("domain_cases", t => t.ExcludeFromMigrations());
            e.HasKey(x => x.Id);
        });
        modelBuilder.Entity<InvoiceRow>(e =>
        {
            e.ToTable("domain_invoices", t => t.ExcludeFromMigrations());
            e.HasKey(x => x.Id);
            e.Property(x => x.Balance).HasPrecision(18, 4);
        });
        modelBuilder.Entity<DebtorRow>(e =>
        {
            e.ToTable("domain_debtors", t => t.ExcludeFromMigrations());
            e.HasKey(x => x.Id);
        });
    }
}
