using Collections.Server.Persistence;

namespace Collections.Server.Audit;

/// <summary>
/// The audit trail's one entry point (docs/architecture.md, "Audit trail"). A handler declares the action before it
/// calls the service that does it:
/// <code>using var audit = trail.Record(AuditActions.PaymentApplied, $"invoice:{id}", caseId, new { body.Amount });</code>
/// The entry is written by the next unit of work that commits while the handle is alive (an engine command, a
/// <c>DomainWork</c>, an <c>IEngineTransactions.RunAsync</c>), inside its transaction, right before the commit; a rerun
/// after a write conflict writes it again, a rollback writes nothing, and disposing the handle forgets an entry no
/// commit took (a failed action). Who and from where come from the request's authenticated principal and connection.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Declares an audited action of the current request (or command-line scope).</summary>
    /// <param name="action">A stable code from <see cref="AuditActions"/>.</param>
    /// <param name="target">What is acted on, as <c>kind:id</c>.</param>
    /// <param name="caseId">The case it belongs to, if any (its page's timeline shows the entry).</param>
    /// <param name="details">A small object serialized as JSON (before/after, submitted values); never secrets.</param>
    /// <exception cref="InvalidOperationException">Outside a request or <see cref="BeginScope"/>.</exception>
    IDisposable Record(string action, string target, Guid? caseId = null, object? details = null);

    /// <summary>
    /// For changes made through <see cref="ServerDbContext"/> (users, API keys): writes the declared entries now, through
    /// <paramref name="db"/>'s current transaction, which the caller then commits.
    /// </summary>
    Task WriteAsync(ServerDbContext db, CancellationToken cancellationToken);

    /// <summary>Opens a scope outside HTTP (the command line, a test): entries recorded inside carry this actor.</summary>
    IDisposable BeginScope(AuditActor actor, string? clientAddress);
}
