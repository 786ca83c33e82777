using Collections.Domain.Errors;
using Collections.Domain.Persistence;
using Collections.Engine.Api;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Work;

/// <summary>
/// Runs a domain command and the engine calls it makes in one transaction (DESIGN.md D13): the domain's context joins
/// the connection and transaction of <see cref="IEngineTransactions.RunAsync{T}"/>, so engine calls inside join too.
/// A write conflict reruns the whole lambda on a fresh context, so the lambda must only read and write through it.
/// Every domain write goes through here, which on SQLite also queues it behind the engine's single writer.
/// </summary>
public sealed class DomainWork(IEngineTransactions transactions, DomainDbContextFactory factory, TimeProvider timeProvider)
{
    private readonly AsyncLocal<DomainUnit?> _current = new();

    /// <summary>The code of a unique-index violation (another request created the same record at the same moment).</summary>
    public const string DuplicateCode = "duplicate";

    public DateTimeOffset Now => timeProvider.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);

    /// <summary>A version-7 id from the injected clock: id order is creation order (keyset paging).</summary>
    public Guid NewId() => Guid.CreateVersion7(timeProvider.GetUtcNow());

    public async Task<T> RunAsync<T>(Func<DomainDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await transactions.RunAsync(async tx =>
            {
                await using var db = await factory.JoinAsync(tx.Connection, tx.Transaction, cancellationToken);
                var unit = new DomainUnit(db);
                var outer = _current.Value;
                _current.Value = unit;
                try
                {
                    var result = await work(db);
                    await unit.RunBeforeSaveAsync(cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    return result;
                }
                finally
                {
                    _current.Value = outer;
                }
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new DomainConflictException(DuplicateCode, "Another record already has this identity (external id, number or reference).");
        }
    }

    /// <summary>
    /// Inside <see cref="RunAsync{T}"/>: queues <paramref name="step"/> to run on the command's own context after the
    /// command's work and before it saves, and returns true; outside one, false. Engine listeners use it so they see
    /// what the command has added but not saved yet (a case opened in the same command).
    /// </summary>
    public bool TryDefer(Func<DomainDbContext, CancellationToken, Task> step)
    {
        if (_current.Value is not { } unit) return false;
        unit.Defer(step);
        return true;
    }

    /// <summary>A read-only context on its own connection (never inside <see cref="RunAsync{T}"/> on SQLite).</summary>
    public DomainDbContext Read()
    {
        var db = factory.Create();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return db;
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } => true,
        Npgsql.PostgresException { SqlState: "23505" } => true,
        _ => false,
    };
}
