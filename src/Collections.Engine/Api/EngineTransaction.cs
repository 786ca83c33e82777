using System.Data.Common;

namespace Collections.Engine.Api;

/// <summary>The open connection and transaction a caller shares with the engine for one unit of work.</summary>
public sealed record EngineTransaction(DbConnection Connection, DbTransaction Transaction, string Provider)
{
    /// <summary>Jobs and external tasks the joined engine commands wrote: announced once the caller's transaction commits.</summary>
    internal Jobs.WorkNotifier.News News { get; set; }
}
