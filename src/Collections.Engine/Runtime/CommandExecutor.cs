using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Expressions;
using Collections.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Collections.Engine.Runtime;

/// <summary>
/// Runs a command as one unit of work: fresh context, one transaction, commit with the optimistic version check.
/// A conflicting writer makes the whole command run again on fresh state, up to <see cref="MaxAttempts"/> times.
/// </summary>
internal sealed partial class CommandExecutor(
    EngineDbContextFactory factory,
    TimeProvider timeProvider,
    IExpressionEvaluator evaluator,
    DefinitionCache definitions,
    Jobs.WorkNotifier notifier,
    IServiceProvider services,
    ILogger<CommandExecutor> logger) : IEngineTransactions
{
    private const int MaxAttempts = 5;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly AsyncLocal<EngineTransaction?> _ambient = new();

    // Resolved on first use: a listener (the domain's) may itself depend on IEngineTransactions, i.e. on this class.
    private IUserTaskListener[]? _taskListeners;

    private IUserTaskListener[] TaskListeners => _taskListeners ??= [.. services.GetServices<IUserTaskListener>()];

    private IUnitOfWorkListener[]? _unitListeners;

    private IUnitOfWorkListener[] UnitListeners => _unitListeners ??= [.. services.GetServices<IUnitOfWorkListener>()];

    public async Task<T> RunAsync<T>(Func<EngineTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_ambient.Value is { } outer) return await work(outer);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunSharedOnceAsync(work, cancellationToken);
            }
            catch (Exception ex) when (IsConflict(ex) && attempt < MaxAttempts)
            {
                LogConflict(attempt, ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
            }
            catch (Exception ex) when (IsConflict(ex))
            {
                throw new ConcurrencyConflictException($"Another writer kept changing the same data; gave up after {MaxAttempts} attempts.", ex);
            }
        }
    }

    private async Task<T> RunSharedOnceAsync<T>(Func<EngineTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        if (factory.SingleWriter) await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = factory.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var shared = new EngineTransaction(connection, transaction, factory.Provider);
            _ambient.Value = shared;
            try
            {
                var result = await work(shared);
                await BeforeCommitAsync(shared, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                AfterCommit(shared);
                notifier.AfterCommit(shared.News);
                return result;
            }
            finally
            {
                _ambient.Value = null;
            }
        }
        finally
        {
            if (factory.SingleWriter) _writer.Release();
        }
    }

    public async Task<T> ExecuteAsync<T>(Func<CommandContext, Task<T>> command, bool failuresRollBack, CancellationToken cancellationToken)
    {
        // Inside a shared transaction the caller's RunAsync owns commit and retries.
        if (_ambient.Value is { } shared) return await ExecuteInSharedAsync(shared, command, failuresRollBack, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ExecuteOnceAsync(command, failuresRollBack, cancellationToken);
            }
            catch (Exception ex) when (IsConflict(ex) && attempt < MaxAttempts)
            {
                LogConflict(attempt, ex.Message);
                // Contention backoff on the wall clock, not domain time: a fake clock must not stall a retry.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
            }
            catch (Exception ex) when (IsConflict(ex))
            {
                throw new ConcurrencyConflictException($"Another writer kept changing the same instance; gave up after {MaxAttempts} attempts.", ex);
            }
        }
    }

    public Task ExecuteAsync(Func<CommandContext, Task> command, bool failuresRollBack, CancellationToken cancellationToken) =>
        ExecuteAsync(async ctx => { await command(ctx); return true; }, failuresRollBack, cancellationToken);

    /// <summary>A plain transaction without instance state (locks on task and job rows).</summary>
    public async Task<T> ExecuteRowsAsync<T>(Func<EngineDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_ambient.Value is { } shared)
        {
            await using var joined = await JoinAsync(shared, cancellationToken);
            var joinedResult = await work(joined);
            shared.News |= await notifier.BeforeCommitAsync(joined, timeProvider.GetUtcNow(), cancellationToken);
            await joined.SaveChangesAsync(cancellationToken);
            return joinedResult;
        }

        if (factory.SingleWriter) await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var db = factory.Create();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work(db);
            var news = await notifier.BeforeCommitAsync(db, timeProvider.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var own = new EngineTransaction(db.Database.GetDbConnection(), transaction.GetDbTransaction(), factory.Provider);
            await BeforeCommitAsync(own, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            AfterCommit(own);
            notifier.AfterCommit(news);
            return result;
        }
        finally
        {
            if (factory.SingleWriter) _writer.Release();
        }
    }

    public DateTimeOffset Now => timeProvider.GetUtcNow();

    /// <summary>
    /// Another writer got there first: a stale version (optimistic check), SQLite's busy/locked between two nodes on
    /// one file, or PostgreSQL's serialization failure or deadlock. All are safe to run again from the start.
    /// </summary>
    private static bool IsConflict(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => true,
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } => true,
        Npgsql.PostgresException { SqlState: "40001" or "40P01" } => true,
        DbUpdateException { InnerException: { } inner } => IsConflict(inner),
        _ => false,
    };

    private async Task<T> ExecuteInSharedAsync<T>(EngineTransaction shared, Func<CommandContext, Task<T>> command, bool failuresRollBack, CancellationToken cancellationToken)
    {
        await using var db = await JoinAsync(shared, cancellationToken);
        var context = new CommandContext(db, timeProvider.GetUtcNow(), evaluator, definitions, cancellationToken) { FailuresRollBack = failuresRollBack };
        var result = await command(context);
        await context.SettleAsync();
        shared.News |= await notifier.BeforeCommitAsync(db, context.Now, cancellationToken);
        var tasks = TaskListeners.Length == 0 ? null : context.UserTaskChanges();
        await context.CommitAsync();
        if (tasks is { } changes) await NotifyTaskListenersAsync(new UserTaskChanges(shared, changes.Created, changes.Completed), cancellationToken);
        return result;
    }

    private async Task<EngineDbContext> JoinAsync(EngineTransaction shared, CancellationToken cancellationToken)
    {
        var db = factory.Create(shared.Connection);
        await db.Database.UseTransactionAsync(shared.Transaction, cancellationToken);
        return db;
    }

    private async Task<T> ExecuteOnceAsync<T>(Func<CommandContext, Task<T>> command, bool failuresRollBack, CancellationToken cancellationToken)
    {
        if (factory.SingleWriter) await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var db = factory.Create();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var context = new CommandContext(db, timeProvider.GetUtcNow(), evaluator, definitions, cancellationToken)
            {
                FailuresRollBack = failuresRollBack,
            };
            var result = await command(context);
            await context.SettleAsync();
            // Jobs and external tasks this unit of work wrote wake the executors and long-polling workers.
            var news = await notifier.BeforeCommitAsync(db, context.Now, cancellationToken);
            var tasks = TaskListeners.Length == 0 ? null : context.UserTaskChanges();
            await context.CommitAsync();
            var own = new EngineTransaction(db.Database.GetDbConnection(), transaction.GetDbTransaction(), factory.Provider);
            if (tasks is { } changes)
            {
                // The listeners' writes join this transaction; so does any engine call they make (ambient).
                _ambient.Value = own;
                try
                {
                    await NotifyTaskListenersAsync(new UserTaskChanges(own, changes.Created, changes.Completed), cancellationToken);
                }
                finally
                {
                    _ambient.Value = null;
                }

                news |= own.News;
            }

            await BeforeCommitAsync(own, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            AfterCommit(own);
            notifier.AfterCommit(news);
            return result;
        }
        finally
        {
            if (factory.SingleWriter) _writer.Release();
        }
    }

    private async Task BeforeCommitAsync(EngineTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var listener in UnitListeners) await listener.BeforeCommitAsync(transaction, cancellationToken);
    }

    private void AfterCommit(EngineTransaction transaction)
    {
        foreach (var listener in UnitListeners) listener.AfterCommit(transaction);
    }

    private async Task NotifyTaskListenersAsync(UserTaskChanges changes, CancellationToken cancellationToken)
    {
        foreach (var listener in TaskListeners) await listener.OnUserTasksChangedAsync(changes, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Write conflict on attempt {Attempt}, retrying: {Reason}")]
    private partial void LogConflict(int attempt, string reason);
}
