using Collections.Engine.Api;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Persistence;

/// <summary>DESIGN.md D13: a domain write and the engine step it causes commit together or not at all.</summary>
public sealed class SharedTransactionTests
{
    private static readonly string Case = Process("case", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "call")}
        <bpmn:userTask id="call" />
        """);

    [Theory, SqliteData, PostgresData]
    public async Task RunAsync_DomainWriteAndStart_BothCommit(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Case);
        await CreatePaymentsTableAsync(engine);

        var id = await engine.Inner.Transactions.RunAsync(async tx =>
        {
            await ExecuteAsync(tx, "INSERT INTO test_payments (reference) VALUES ('PAY-1')");
            return (await engine.StartAsync("case", businessKey: "INV-1")).Id;
        }, default);

        Assert.Equal(["call"], await engine.WaitingAsync(id));
        Assert.Equal(1L, await CountPaymentsAsync(engine));
    }

    [Theory, SqliteData, PostgresData]
    public async Task RunAsync_FailsAfterEngineStep_NeitherDomainWriteNorInstanceRemains(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Case);
        await CreatePaymentsTableAsync(engine);

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.Inner.Transactions.RunAsync<Guid>(async tx =>
        {
            await ExecuteAsync(tx, "INSERT INTO test_payments (reference) VALUES ('PAY-2')");
            await engine.StartAsync("case", businessKey: "INV-2");
            throw new InvalidOperationException("the domain rejected the payment after the engine step");
        }, default));

        Assert.Empty(await engine.Queries.ListInstancesAsync(new InstanceQuery(BusinessKey: "INV-2"), default));
        Assert.Empty(await engine.Queries.ListUserTasksAsync(new UserTaskQuery(BusinessKey: "INV-2"), default));
        Assert.Equal(0L, await CountPaymentsAsync(engine));
    }

    private static Task CreatePaymentsTableAsync(TestEngine engine) =>
        engine.Inner.Transactions.RunAsync(async tx =>
        {
            await ExecuteAsync(tx, "CREATE TABLE test_payments (reference VARCHAR(40) NOT NULL)");
            return true;
        }, default);

    private static Task<long> CountPaymentsAsync(TestEngine engine) =>
        engine.Inner.Transactions.RunAsync(async tx =>
        {
            await using var command = tx.Connection.CreateCommand();
            command.Transaction = tx.Transaction;
            command.CommandText = "SELECT COUNT(*) FROM test_payments";
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }, default);

    private static async Task ExecuteAsync(EngineTransaction tx, string sql)
    {
        await using var command = tx.Connection.CreateCommand();
        command.Transaction = tx.Transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
