using System.Text.Json;
using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Disputes;
using Collections.Domain.Idempotency;
using Collections.Domain.Invoices;
using Collections.Domain.Outreach;
using Collections.Domain.Payments;
using Collections.Domain.Plans;
using Collections.Domain.Promises;
using Collections.Domain.Settlements;
using Collections.Domain.Suspension;
using Collections.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Collections.Domain.Persistence;

/// <summary>
/// The domain's tables (prefix <c>domain_</c>), beside the engine's in the same database. Providers subclass it only
/// for migrations and type mapping (<see cref="SqliteDomainDbContext"/>, <see cref="PostgresDomainDbContext"/>).
/// Small lists (contacts, opt-outs, events, installments) are JSON text columns: they are read whole, never queried.
/// </summary>
public abstract class DomainDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__domain_migrations";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DbSet<Debtor> Debtors => Set<Debtor>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();
    public DbSet<ContactAttempt> ContactAttempts => Set<ContactAttempt>();
    public DbSet<PromiseToPay> Promises => Set<PromiseToPay>();
    public DbSet<Dispute> Disputes => Set<Dispute>();
    public DbSet<PaymentPlan> PaymentPlans => Set<PaymentPlan>();
    public DbSet<SettlementOffer> SettlementOffers => Set<SettlementOffer>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<ServiceSuspension> ServiceSuspensions => Set<ServiceSuspension>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<Outreach.Messages.OutreachMessage> OutreachMessages => Set<Outreach.Messages.OutreachMessage>();
    public DbSet<Outreach.Messages.OutreachMessageEvent> OutreachMessageEvents => Set<Outreach.Messages.OutreachMessageEvent>();
    public DbSet<Outreach.Intents.OutreachIntent> OutreachIntents => Set<Outreach.Intents.OutreachIntent>();
    public DbSet<Outreach.Statements.OutreachStatement> OutreachStatements => Set<Outreach.Statements.OutreachStatement>();
    public DbSet<Company.CompanyDetails> CompanyDetails => Set<Company.CompanyDetails>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<string>().HaveMaxLength(200);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Debtor>(e =>
        {
            e.ToTable("domain_debtors");
            e.HasKey(x => x.Id);
            e.Property(x => x.ExternalId).HasMaxLength(100);
            e.HasIndex(x => x.ExternalId).IsUnique();
            JsonColumn(e.Property(x => x.Contacts));
            JsonColumn(e.Property(x => x.AlternateContacts));
            JsonColumn(e.Property(x => x.OptOuts));
        });
        modelBuilder.Entity<Invoice>(e =>
        {
            e.ToTable("domain_invoices");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ExternalId).IsUnique();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.Status, x.DueDate });
            e.HasIndex(x => x.DebtorId);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.AmountMoney);
            e.Ignore(x => x.BalanceMoney);
            e.HasOne<Debtor>().WithMany().HasForeignKey(x => x.DebtorId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Case>(e =>
        {
            e.ToTable("domain_cases");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.InvoiceId).IsUnique();
            e.HasIndex(x => new { x.Status, x.Priority });
            e.HasIndex(x => x.DebtorId);
            e.HasIndex(x => x.AssignedCollector);
            e.HasIndex(x => x.ProcessInstanceId);
            // The staff inbox joins its tasks to open cases by process instance and reads only these columns:
            // a small partial index it can read without the table (INCLUDE is PostgreSQL's; SQLite keeps the key only).
            e.HasIndex(x => x.ProcessInstanceId, "IX_domain_cases_Open_ProcessInstanceId").HasFilter("\"Status\" = 'open'")
                .IncludeProperties(x => new { x.Id, x.Priority, x.InvoiceId, x.DebtorId });
            e.Property(x => x.Activity).HasMaxLength(500);
            e.Property(x => x.Stage).HasMaxLength(50);
            e.Ignore(x => x.IsOpen);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Invoice>().WithMany().HasForeignKey(x => x.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<TimelineEntry>(e =>
        {
            e.ToTable("domain_timeline");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.CaseId, x.At });
            e.Property(x => x.Summary).HasMaxLength(2000);
            e.Property(x => x.Arguments).HasMaxLength(2000);
        });
        modelBuilder.Entity<ContactAttempt>(e =>
        {
            e.ToTable("domain_contact_attempts");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            e.Property(x => x.Notes).HasMaxLength(4000);
            e.Property(x => x.OverrideRule).HasMaxLength(60);
            e.Property(x => x.OverrideArguments).HasMaxLength(1000);
            e.Property(x => x.OverrideReason).HasMaxLength(500);
        });
        modelBuilder.Entity<PromiseToPay>(e =>
        {
            e.ToTable("domain_promises");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => new { x.Status, x.PromisedDate });
            e.Ignore(x => x.IsOpen);
        });
        modelBuilder.Entity<Dispute>(e =>
        {
            e.ToTable("domain_disputes");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            e.Property(x => x.Notes).HasMaxLength(4000);
            e.Property(x => x.Resolution).HasMaxLength(4000);
            e.Ignore(x => x.IsOpen);
        });
        modelBuilder.Entity<PaymentPlan>(e =>
        {
            e.ToTable("domain_payment_plans");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            JsonColumn(e.Property(x => x.Installments));
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.ProcessState).HasMaxLength(20);
            e.Property(x => x.Notes).HasMaxLength(1000);
        });
        modelBuilder.Entity<SettlementOffer>(e =>
        {
            e.ToTable("domain_settlement_offers");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => x.ApprovalTaskId);
            e.Property(x => x.ProcessState).HasMaxLength(20);
            e.Property(x => x.ApprovalGroups).HasMaxLength(500);
            e.Property(x => x.Notes).HasMaxLength(1000);
        });
        modelBuilder.Entity<Payment>(e =>
        {
            e.ToTable("domain_payments");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.InvoiceId, x.Reference }).IsUnique();
            e.HasIndex(x => x.CaseId);
        });
        modelBuilder.Entity<ServiceSuspension>(e =>
        {
            e.ToTable("domain_service_suspensions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
        });
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("domain_idempotency_keys");
            e.HasKey(x => new { x.Client, x.Key });
            e.Property(x => x.RequestHash).HasMaxLength(64);
            e.Property(x => x.ResponseBody).HasMaxLength(int.MaxValue);
            e.Property(x => x.Location).HasMaxLength(2000);
            e.Ignore(x => x.Completed);
        });
        modelBuilder.Entity<WebhookSubscription>(e =>
        {
            e.ToTable("domain_webhook_subscriptions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Url).HasMaxLength(2000);
            JsonColumn(e.Property(x => x.Events));
        });
        modelBuilder.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("domain_webhook_deliveries");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
            e.HasIndex(x => x.SubscriptionId);
            e.Property(x => x.Payload).HasMaxLength(int.MaxValue);
            e.Property(x => x.LastError).HasMaxLength(500);
            e.Property(x => x.LockedUntil).IsConcurrencyToken(); // two dispatchers claiming one row: the second update finds no row
        });
        Outreach.Messages.OutreachMessageModel.Configure(modelBuilder);
        modelBuilder.Entity<Company.CompanyDetails>(e =>
        {
            e.ToTable("domain_company_details");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Address).HasMaxLength(Company.CompanyDetails.LongTextMaxLength);
            e.Property(x => x.Signature).HasMaxLength(Company.CompanyDetails.LongTextMaxLength);
            e.Property(x => x.Payment).HasMaxLength(int.MaxValue).HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, Json) ?? new Dictionary<string, string>(),
                new ValueComparer<IReadOnlyDictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && a.All(p => b.ContainsKey(p.Key) && b[p.Key] == p.Value),
                    v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p.Key, p.Value)),
                    v => new Dictionary<string, string>(v)));
            e.Ignore(x => x.Values);
        });
    }

    private static void JsonColumn<T>(PropertyBuilder<IReadOnlyList<T>> property)
    {
        property.HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                s => JsonSerializer.Deserialize<List<T>>(s, Json) ?? new List<T>(),
                new ValueComparer<IReadOnlyList<T>>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Json), Json)!))
            .HasMaxLength(int.MaxValue);
    }
}
