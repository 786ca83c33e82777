using System.Collections.Concurrent;
using Collections.Engine.Errors;
using Collections.Engine.Expressions;
using Collections.Engine.Parsing;
using Collections.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>
/// Parsed definitions by id. A definition never changes once stored, so entries never go stale; another node's new
/// versions are found by asking the database for the latest version of a key.
/// </summary>
internal sealed class DefinitionCache(IExpressionCompiler compiler)
{
    private readonly ConcurrentDictionary<Guid, DeployedDefinition> _byId = new();

    public async Task<DeployedDefinition> GetAsync(EngineDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (_byId.TryGetValue(id, out var cached)) return cached;
        var record = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException("Process definition", id.ToString());
        return Add(record.Id, record.Key, record.Version, record.Xml, record.ResourceName);
    }

    /// <summary>The latest version of a key, or a pinned one.</summary>
    public async Task<DeployedDefinition> GetByKeyAsync(EngineDbContext db, string key, int? version, CancellationToken cancellationToken)
    {
        var query = db.Definitions.AsNoTracking().Where(d => d.Key == key);
        query = version is { } v ? query.Where(d => d.Version == v) : query.OrderByDescending(d => d.Version);
        var id = await query.Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Process definition", version is null ? key : $"{key}:{version}");
        return await GetAsync(db, id, cancellationToken);
    }

    public DeployedDefinition Add(Guid id, string key, int version, string xml, string resourceName)
    {
        if (_byId.TryGetValue(id, out var cached)) return cached;
        var result = new BpmnParser(compiler).Parse(xml, resourceName);
        var model = result.Processes.FirstOrDefault(p => p.Id == key)
            ?? throw new InvalidOperationException($"Stored definition {id} no longer parses to process '{key}'.");
        return _byId.GetOrAdd(id, _ => new DeployedDefinition(id, key, version, model));
    }
}
