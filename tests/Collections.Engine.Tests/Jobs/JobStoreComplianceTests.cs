using Collections.Engine.Jobs;
using Collections.Engine.Persistence;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Tests.Jobs;

/// <summary>
/// One suite, every database (STYLE.md, Wolverine anchor): the acquisition rules of <see cref="JobStore"/> on SQLite
/// and PostgreSQL. Job rows are written directly, so these tests need no BPMN.
/// </summary>
public sealed class JobStoreComplianceTests
{
    private static readonly DateTimeOffset Now = TestEngine.Start;

    [Theory, SqliteData, PostgresData]
    public async Task AcquireAsync_DueJob_LocksItForThisOwnerUntilExpiry(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var node = await cluster.StartNodeAsync("node-a");
        var job = await InsertAsync(node, Job(dueAt: Now));

        var acquired = await AcquireAsync(node, "node-a", 10);

        var row = await ReadAsync(node, job.Id);
        Assert.Equal([job.Id], acquired.Select(j => j.Id));
        Assert.Equal("node-a", row.LockOwner);
        Assert.Equal(Now + TimeSpan.FromMinutes(5), row.LockExpiresAt);
        Assert.Equal(job.Version + 1, row.Version);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AcquireAsync_JobNotYetDueOrWithoutRetries_AcquiresNothing(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var node = await cluster.StartNodeAsync("node-a");
        await InsertAsync(node, Job(dueAt: Now.AddSeconds(1)));
        await InsertAsync(node, Job(dueAt: Now, retries: 0));

        var acquired = await AcquireAsync(node, "node-a", 10);

        Assert.Empty(acquired);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AcquireAsync_LockLeftByDeadNode_TakenOnlyAfterItExpires(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var node = await cluster.StartNodeAsync("node-b");
        var job = await InsertAsync(node, Job(dueAt: Now, lockOwner: "dead-node", lockExpiresAt: Now.AddMinutes(5)));

        var beforeExpiry = await AcquireAsync(node, "node-b", 10);
        cluster.Clock.Advance(TimeSpan.FromMinutes(5));
        var atExpiry = await AcquireAsync(node, "node-b", 10);
        cluster.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var afterExpiry = await AcquireAsync(node, "node-b", 10);

        Assert.Empty(beforeExpiry);
        Assert.Empty(atExpiry);
        Assert.Equal([job.Id], afterExpiry.Select(j => j.Id));
        Assert.Equal("node-b", (await ReadAsync(node, job.Id)).LockOwner);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AcquireAsync_TwoExclusiveJobsOfOneInstance_HandsOutOneAtATime(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var node = await cluster.StartNodeAsync("node-a");
        var instance = Guid.NewGuid();
        var first = await InsertAsync(node, Job(dueAt: Now, instance: instance));
        var second = await InsertAsync(node, Job(dueAt: Now.AddMilliseconds(1), instance: instance));
        cluster.Clock.Advance(TimeSpan.FromSeconds(1));

        var nodeA = await AcquireAsync(node, "node-a", 10);
        var nodeBWhileLocked = await AcquireAsync(node, "node-b", 10);
        await DeleteAsync(node, first.Id); // node A's unit of work commits and removes its job
        var nodeBAfter = await AcquireAsync(node, "node-b", 10);

        Assert.Equal([first.Id], nodeA.Select(j => j.Id));
        Assert.Empty(nodeBWhileLocked);
        Assert.Equal([second.Id], nodeBAfter.Select(j => j.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AcquireAsync_NonExclusiveJobsOfOneInstance_HandsOutAll(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var node = await cluster.StartNodeAsync("node-a");
        var instance = Guid.NewGuid();
        await InsertAsync(node, Job(dueAt: Now, instance: instance, exclusive: false));
        await InsertAsync(node, Job(dueAt: Now, instance: instance, exclusive: false));

        var acquired = await AcquireAsync(node, "node-a", 10);

        Assert.Equal(2, acquired.Count);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AcquireAsync_MoreDueThanBatch_TakesBatchInDueOrder(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var node = await cluster.StartNodeAsync("node-a");
        var jobs = new List<JobRecord>();
        for (var i = 5; i > 0; i--) jobs.Add(await InsertAsync(node, Job(dueAt: Now.AddSeconds(-i))));

        var acquired = await AcquireAsync(node, "node-a", 3);

        Assert.Equal(jobs.Take(3).Select(j => j.Id), acquired.Select(j => j.Id));
    }

    [Theory, PostgresData]
    public async Task AcquireAsync_TwoNodesAtOnce_NeverShareAJob(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var node = await cluster.StartNodeAsync("node-a");
        for (var i = 0; i < 200; i++) await InsertAsync(node, Job(dueAt: Now, exclusive: false));

        var rounds = await Task.WhenAll(Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            var mine = new List<Guid>();
            while (await AcquireAsync(node, $"node-{n}", 7) is { Count: > 0 } batch) mine.AddRange(batch.Select(j => j.Id));
            return mine;
        })));

        var all = rounds.SelectMany(r => r).ToList();
        Assert.Equal(200, all.Count);
        Assert.Equal(200, all.Distinct().Count());
    }

    private static JobRecord Job(DateTimeOffset dueAt, Guid? instance = null, bool exclusive = true, int retries = 3,
        string? lockOwner = null, DateTimeOffset? lockExpiresAt = null) => new()
    {
        Id = Guid.NewGuid(),
        Type = JobTypes.AsyncContinuation,
        ProcessInstanceId = instance ?? Guid.NewGuid(),
        ActivityId = "task",
        DueAt = dueAt,
        Exclusive = exclusive,
        Retries = retries,
        LockOwner = lockOwner,
        LockExpiresAt = lockExpiresAt,
        CreatedAt = Now,
    };

    private static async Task<JobRecord> InsertAsync(TestEngine node, JobRecord job)
    {
        await using var db = node.Service<EngineDbContextFactory>().Create();
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }

    private static async Task<JobRecord> ReadAsync(TestEngine node, Guid id)
    {
        await using var db = node.Service<EngineDbContextFactory>().Create();
        return await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    private static async Task DeleteAsync(TestEngine node, Guid id)
    {
        await using var db = node.Service<EngineDbContextFactory>().Create();
        await db.Jobs.Where(j => j.Id == id).ExecuteDeleteAsync();
    }

    /// <summary>One acquisition in its own transaction, as <see cref="JobRunner.AcquireAsync"/> runs it.</summary>
    private static async Task<IReadOnlyList<JobRecord>> AcquireAsync(TestEngine node, string lockOwner, int maxJobs)
    {
        var store = node.Service<JobStore>();
        var now = node.Clock.GetUtcNow();
        await using var db = node.Service<EngineDbContextFactory>().Create();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var jobs = await store.AcquireAsync(db, lockOwner, maxJobs, now, now + TimeSpan.FromMinutes(5), CancellationToken.None);
        await transaction.CommitAsync();
        return jobs;
    }
}
