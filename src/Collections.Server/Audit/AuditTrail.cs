using System.Text.Json;
using Collections.Engine.Api;
using Collections.Server.Persistence;

namespace Collections.Server.Audit;

/// <summary>
/// Keeps the current request's <see cref="AuditScope"/> (async-local, opened by <see cref="AuditScopeMiddleware"/> or
/// <see cref="BeginScope"/>) and, as the engine's <see cref="IUnitOfWorkListener"/>, writes its pending entries in the
/// transaction of every unit of work that commits inside that scope.
/// </summary>
internal sealed class AuditTrail(AuditLogWriter writer) : IAuditTrail, IUnitOfWorkListener
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly AsyncLocal<AuditScope?> _current = new();

    public IDisposable Record(string action, string target, Guid? caseId = null, object? details = null)
    {
        var scope = _current.Value ?? throw new InvalidOperationException("No audit scope: record audited actions inside a request or AuditTrail.BeginScope.");
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        return scope.Add(new AuditRecord(action, Clip(target, AuditEntry.TargetMaxLength), caseId, Serialize(details)));
    }

    public async Task WriteAsync(ServerDbContext db, CancellationToken cancellationToken)
    {
        if (_current.Value is not { } scope) return;
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Begin the context's transaction before writing audit entries.");
        var entries = scope.TakeFor(transaction);
        if (entries.Length == 0) return;
        await writer.AppendAsync(db, Actor(scope), scope.ClientAddress, entries.Select(e => e.Record).ToList(), cancellationToken);
        // The caller commits right after; a failing commit fails its request, which forgets the entries anyway.
        scope.Committed(transaction);
    }

    public IDisposable BeginScope(AuditActor actor, string? clientAddress) => Open(() => actor, clientAddress);

    /// <summary>Opens the scope of one request; the actor is read from the principal when an entry is written.</summary>
    internal IDisposable Open(Func<AuditActor?> actor, string? clientAddress)
    {
        var outer = _current.Value;
        _current.Value = new AuditScope(actor, clientAddress);
        return new Restore(this, outer);
    }

    public async Task BeforeCommitAsync(EngineTransaction transaction, CancellationToken cancellationToken)
    {
        if (_current.Value is not { } scope) return;
        var entries = scope.TakeFor(transaction);
        if (entries.Length == 0) return;
        await writer.AppendAsync(transaction, Actor(scope), scope.ClientAddress, entries.Select(e => e.Record).ToList(), cancellationToken);
    }

    public void AfterCommit(EngineTransaction transaction) => _current.Value?.Committed(transaction);

    private static AuditActor Actor(AuditScope scope) =>
        scope.Actor ?? throw new InvalidOperationException("An audited action needs an authenticated principal.");

    private static string Serialize(object? details)
    {
        var json = details switch
        {
            null => "{}",
            string text => JsonSerializer.Serialize(new { text }, Json),
            _ => JsonSerializer.Serialize(details, details.GetType(), Json),
        };
        // A summary, not a copy: an oversized one keeps its beginning, marked as cut.
        return json.Length <= AuditEntry.DetailsMaxLength
            ? json
            : JsonSerializer.Serialize(new { truncated = true, preview = json[..(AuditEntry.DetailsMaxLength / 3)] }, Json);
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];

    private sealed class Restore(AuditTrail trail, AuditScope? outer) : IDisposable
    {
        public void Dispose() => trail._current.Value = outer;
    }
}
