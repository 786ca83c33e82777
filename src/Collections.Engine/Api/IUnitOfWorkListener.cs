namespace Collections.Engine.Api;

/// <summary>
/// Hears every unit of work the engine commits (an engine command, a row transaction, an
/// <see cref="IEngineTransactions.RunAsync{T}"/> with the domain's work inside): <see cref="BeforeCommitAsync"/> runs
/// after everything else was written, right before the commit, and may write through the given transaction, so its rows
/// commit or roll back with the unit of work. <see cref="AfterCommit"/> runs once the commit succeeded; a unit of work
/// that rolls back (a write conflict reruns it, an error fails it) gets no <see cref="AfterCommit"/>, and a rerun calls
/// <see cref="BeforeCommitAsync"/> again on its new transaction. Registered in DI and resolved lazily; a listener that
/// throws fails the unit of work. Joined engine calls inside a shared transaction do not commit and are not heard.
/// </summary>
public interface IUnitOfWorkListener
{
    Task BeforeCommitAsync(EngineTransaction transaction, CancellationToken cancellationToken);

    void AfterCommit(EngineTransaction transaction);
}
