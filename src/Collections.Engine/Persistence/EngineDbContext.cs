using Collections.Engine.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Persistence;

/// <summary>
/// The engine's tables. Providers subclass it only for their migrations and type mapping
/// (<see cref="SqliteEngineDbContext"/>, <see cref="PostgresEngineDbContext"/>).
/// </summary>
internal abstract class EngineDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ProcessDefinitionRecord> Definitions => Set<ProcessDefinitionRecord>();
    public DbSet<ProcessInstanceRecord> Instances => Set<ProcessInstanceRecord>();
    public DbSet<UserTaskRecord> UserTasks => Set<UserTaskRecord>();
    public DbSet<ExternalTaskRecord> ExternalTasks => Set<ExternalTaskRecord>();
    public DbSet<JobRecord> Jobs => Set<JobRecord>();
    public DbSet<MessageSubscriptionRecord> MessageSubscriptions => Set<MessageSubscriptionRecord>();
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    public DbSet<HistoricActivityRecord> ActivityHistory => Set<HistoricActivityRecord>();
    public DbSet<HistoricVariableRecord> VariableHistory => Set<HistoricVariableRecord>();
    public DbSet<MigrationBatchRecord> MigrationBatches => Set<MigrationBatchRecord>();
    public DbSet<MigrationBatchItemRecord> MigrationBatchItems => Set<MigrationBatchItemRecord>();
    public DbSet<HistoricMigrationRecord> MigrationHistory => Set<HistoricMigrationRecord>();
    public DbSet<WorkflowFileRecord> WorkflowFiles => Set<WorkflowFileRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProcessDefinitionRecord>(e =>
        {
            e.ToTable("engine_definitions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Key).HasMaxLength(255);
            e.Property(x => x.ResourceName).HasMaxLength(500);
            e.Property(x => x.XmlHash).HasMaxLength(64);
            e.Property(x => x.Source).HasMaxLength(16);
            e.Property(x => x.SourceReference).HasMaxLength(Api.DeploymentSource.MaxReferenceLength);
            e.Property(x => x.ChangeNote).HasMaxLength(Api.DeploymentRequest.MaxChangeNoteLength);
            e.HasIndex(x => new { x.Key, x.Version }).IsUnique();
        });

        // What each process's workflow file held when it was last deployed (or adopted), so a start deploys a file
        // only when that file changed (docs/playbook.md, "Designer or files in git").
        modelBuilder.Entity<WorkflowFileRecord>(e =>
        {
            e.ToTable("engine_workflow_files");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(255);
            e.Property(x => x.Path).HasMaxLength(Api.DeploymentSource.MaxReferenceLength);
            e.Property(x => x.FileHash).HasMaxLength(64);
        });
        modelBuilder.Entity<ProcessInstanceRecord>(e =>
        {
            e.ToTable("engine_instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.DefinitionKey).HasMaxLength(255);
            e.Property(x => x.BusinessKey).HasMaxLength(255);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.BusinessKey);
            e.HasIndex(x => x.RootInstanceId);
            e.HasIndex(x => new { x.DefinitionKey, x.Status });
        });
        modelBuilder.Entity<UserTaskRecord>(e =>
        {
            e.ToTable("engine_user_tasks");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ProcessInstanceId);
            e.HasIndex(x => x.RootInstanceId);
            e.HasIndex(x => x.Assignee);
        });
        modelBuilder.Entity<ExternalTaskRecord>(e =>
        {
            e.ToTable("engine_external_tasks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.Topic, x.AvailableAt });
            e.HasIndex(x => x.ProcessInstanceId);
            e.HasIndex(x => x.RootInstanceId);
        });
        modelBuilder.Entity<JobRecord>(e =>
        {
            e.ToTable("engine_jobs");
            e.HasKey(x => x.Id);
            e.Property(x => x.Type).HasMaxLength(64);
            e.Property(x => x.LockOwner).HasMaxLength(128);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.DueAt);
            e.HasIndex(x => x.ProcessInstanceId);
            e.HasIndex(x => x.RootInstanceId);
            e.HasIndex(x => x.DefinitionId);
        });
        modelBuilder.Entity<MessageSubscriptionRecord>(e =>
        {
            e.ToTable("engine_message_subscriptions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.MessageName, x.BusinessKey });
            e.HasIndex(x => x.ProcessInstanceId);
        });
        modelBuilder.Entity<IncidentRecord>(e =>
        {
            e.ToTable("engine_incidents");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ProcessInstanceId);
            e.HasIndex(x => x.RootInstanceId);
        });
        modelBuilder.Entity<HistoricActivityRecord>(e =>
        {
            e.ToTable("engine_history_activities");
            e.HasKey(x => new { x.ProcessInstanceId, x.ActivityInstanceId });
        });
        modelBuilder.Entity<HistoricVariableRecord>(e =>
        {
            e.ToTable("engine_history_variables");
            e.HasKey(x => new { x.ProcessInstanceId, x.Sequence });
        });

        // Instance migration: batches, their items, and the migrations each instance went through.
        modelBuilder.Entity<MigrationBatchRecord>(e =>
        {
            e.ToTable("engine_migration_batches");
            e.HasKey(x => x.Id);
            e.Property(x => x.DefinitionKey).HasMaxLength(255);
            e.Property(x => x.CreatedBy).HasMaxLength(255);
            e.HasIndex(x => x.DefinitionKey);
        });
        modelBuilder.Entity<MigrationBatchItemRecord>(e =>
        {
            e.ToTable("engine_migration_batch_items");
            e.HasKey(x => new { x.BatchId, x.ProcessInstanceId });
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.BusinessKey).HasMaxLength(255);
            e.HasIndex(x => new { x.BatchId, x.Status });
        });
        modelBuilder.Entity<HistoricMigrationRecord>(e =>
        {
            e.ToTable("engine_history_migrations");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ProcessInstanceId);
        });
    }
}
