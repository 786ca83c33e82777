namespace Collections.Engine.Api;

/// <summary>
/// One transaction for a domain command and the engine steps it causes (DESIGN.md D13): recording a payment and
/// ending the case's process either both commit or neither does.
/// </summary>
public interface IEngineTransactions
{
    /// <summary>
    /// Opens a connection and a transaction on the engine's database and runs <paramref name="work"/> in it. Every
    /// <see cref="IProcessEngine"/> call made inside joins that transaction instead of committing its own; the caller's
    /// own context writes through <see cref="EngineTransaction.Connection"/> and <see cref="EngineTransaction.Transaction"/>.
    /// Commits once at the end. A write conflict (another writer changed the same instance) reruns the whole work.
    /// </summary>
    Task<T> RunAsync<T>(Func<EngineTransaction, Task<T>> work, CancellationToken cancellationToken);
}
