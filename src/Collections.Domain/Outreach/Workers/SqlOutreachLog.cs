using System.Data.Common;
using Collections.Engine.Api;
using NodaTime;
using NodaTime.Text;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// <see cref="IOutreachLog"/> as one small table, <c>outreach_sends</c>, in the engine's database through
/// <see cref="IEngineTransactions"/> (works on SQLite and PostgreSQL alike; created on first use). A table of its own
/// rather than the domain's context, so outreach does not wait for the domain's migrations; the domain may fold it in later.
/// </summary>
public sealed class SqlOutreachLog(IEngineTransactions transactions) : IOutreachLog
{
    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS outreach_sends (
            process_instance_id VARCHAR(64) NOT NULL,
            activity_instance_id VARCHAR(200) NOT NULL,
            topic VARCHAR(100) NOT NULL,
            message_id VARCHAR(400) NOT NULL,
            sent_at VARCHAR(40) NOT NULL,
            PRIMARY KEY (process_instance_id, activity_instance_id))
        """;

    private readonly SemaphoreSlim _create = new(1, 1);
    private bool _created;

    public async Task<OutreachSend?> FindAsync(Guid processInstanceId, string activityInstanceId, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        return await transactions.RunAsync(async tx =>
        {
            await using var command = Command(tx, "SELECT topic, message_id, sent_at FROM outreach_sends WHERE process_instance_id = @p AND activity_instance_id = @a",
                ("@p", processInstanceId.ToString()), ("@a", activityInstanceId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return null;
            return new OutreachSend(processInstanceId, activityInstanceId, reader.GetString(0), reader.GetString(1),
                InstantPattern.ExtendedIso.Parse(reader.GetString(2)).Value);
        }, cancellationToken);
    }

    public async Task RecordAsync(OutreachSend send, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        await transactions.RunAsync(async tx =>
        {
            await using var command = Command(tx, """
                INSERT INTO outreach_sends (process_instance_id, activity_instance_id, topic, message_id, sent_at)
                VALUES (@p, @a, @t, @m, @s) ON CONFLICT (process_instance_id, activity_instance_id) DO NOTHING
                """,
                ("@p", send.ProcessInstanceId.ToString()), ("@a", send.ActivityInstanceId), ("@t", send.Topic), ("@m", send.MessageId),
                ("@s", InstantPattern.ExtendedIso.Format(send.SentAt)));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_created) return;
        await _create.WaitAsync(cancellationToken);
        try
        {
            if (_created) return;
            await transactions.RunAsync(async tx =>
            {
                await using var command = Command(tx, CreateSql);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            }, cancellationToken);
            _created = true;
        }
        finally
        {
            _create.Release();
        }
    }

    private static DbCommand Command(EngineTransaction tx, string sql, params (string Name, object Value)[] parameters)
    {
        var command = tx.Connection.CreateCommand();
        command.Transaction = tx.Transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
