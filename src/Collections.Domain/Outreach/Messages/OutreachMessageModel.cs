using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Outreach.Messages;

/// <summary>The outreach tables of <see cref="Persistence.DomainDbContext"/>: sent messages, send intents, statements and the providers' reports.</summary>
internal static class OutreachMessageModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutreachMessage>(e =>
        {
            e.ToTable("domain_outreach_messages");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ProcessInstanceId, x.ActivityInstanceId }).IsUnique();
            e.HasIndex(x => new { x.Channel, x.ProviderMessageId });
            e.HasIndex(x => new { x.CaseId, x.SentAt });
            e.Property(x => x.ActivityInstanceId).HasMaxLength(200);
            e.Property(x => x.Topic).HasMaxLength(100);
            e.Property(x => x.Channel).HasMaxLength(20);
            e.Property(x => x.Provider).HasMaxLength(40);
            e.Property(x => x.ProviderMessageId).HasMaxLength(400);
            e.Property(x => x.Recipients).HasMaxLength(2000);
            e.Property(x => x.TemplateKey).HasMaxLength(100);
            e.Property(x => x.Language).HasMaxLength(10);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.Status).HasMaxLength(20);
        });
        modelBuilder.Entity<Intents.OutreachIntent>(e =>
        {
            e.ToTable("domain_outreach_intents");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ProcessInstanceId, x.ActivityInstanceId }).IsUnique(); // one intent per send step
            e.HasIndex(x => new { x.CaseId, x.Status });
            e.Ignore(x => x.Reference);
            e.Property(x => x.ActivityInstanceId).HasMaxLength(200);
            e.Property(x => x.Topic).HasMaxLength(100);
            e.Property(x => x.Channel).HasMaxLength(20);
            e.Property(x => x.Provider).HasMaxLength(40);
            e.Property(x => x.Recipients).HasMaxLength(2000);
            e.Property(x => x.TemplateKey).HasMaxLength(100);
            e.Property(x => x.Language).HasMaxLength(10);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(100);
            e.Property(x => x.ProviderMessageId).HasMaxLength(400);
            e.Property(x => x.ResolvedBy).HasMaxLength(200);
            e.HasIndex(x => x.StatementId);
        });
        modelBuilder.Entity<Statements.OutreachStatement>(e =>
        {
            e.ToTable("domain_outreach_statements");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.DebtorId, x.Day, x.Channel }).IsUnique(); // one statement per debtor, local day and channel
            e.HasIndex(x => x.OwnerIntentId).IsUnique();
            e.Property(x => x.Day).HasMaxLength(10);
            e.Property(x => x.Items).HasMaxLength(int.MaxValue); // JSON lines, up to StatementOptions.MaxItems
            e.Property(x => x.Channel).HasMaxLength(20);
        });
        modelBuilder.Entity<OutreachMessageEvent>(e =>
        {
            e.ToTable("domain_outreach_message_events");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Provider, x.ProviderEventId }).IsUnique();
            e.HasIndex(x => x.MessageId);
            e.Property(x => x.Provider).HasMaxLength(40);
            e.Property(x => x.ProviderEventId).HasMaxLength(200);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.Recipient).HasMaxLength(320);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.HasOne<OutreachMessage>().WithMany().HasForeignKey(x => x.MessageId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
