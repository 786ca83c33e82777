using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Collections.Domain.Errors;
using Collections.Server.Audit;
using Collections.Server.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Server.Security;

/// <summary>
/// API keys: the ones an admin issued (the <see cref="ApiKey"/> table, managed here) and the ones deployed in
/// configuration (<c>Collections:ApiKeys</c>, read-only). Authentication asks <see cref="FindAsync"/>; what it read from
/// the table is kept for <see cref="ApiKeyStoreOptions.CacheDuration"/>, and a revocation on this node drops it at once.
/// </summary>
public sealed partial class ApiKeyStore(
    IServiceScopeFactory scopes,
    IOptionsMonitor<ApiKeyOptions> configured,
    IOptionsMonitor<ApiKeyStoreOptions> options,
    TimeProvider timeProvider,
    IAuditTrail audit,
    ILogger<ApiKeyStore> logger)
{
    private readonly ConcurrentDictionary<string, CachedKey> _cache = new(StringComparer.Ordinal);

    /// <summary>The key whose SHA-256 is <paramref name="hash"/>, or null. Records the use of a table key (throttled).</summary>
    public async Task<ApiKeyMatch?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        if (configured.CurrentValue.ApiKeys.FirstOrDefault(k => ApiKeyHasher.Matches(hash, k.Hash)) is { } entry)
        {
            return new ApiKeyMatch("config:" + entry.Name, entry.Name, entry.Scopes, Revoked: false);
        }

        var now = timeProvider.GetUtcNow();
        if (!_cache.TryGetValue(hash, out var cached) || now - cached.ReadAt >= options.CurrentValue.CacheDuration)
        {
            var key = await WithContextAsync(db => db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken));
            if (key is null)
            {
                _cache.TryRemove(hash, out _);
                return null;
            }

            cached = new CachedKey(key.Id, new ApiKeyMatch("db:" + key.Id, key.Name, key.ScopeList, key.IsRevoked), now) { LastUsedWritten = cached?.LastUsedWritten };
            _cache[hash] = cached;
        }

        if (!cached.Match.Revoked) await RecordUseAsync(cached, now, cancellationToken);
        return cached.Match;
    }

    /// <summary>Every key: the table's (newest first), then the configured ones.</summary>
    public async Task<IReadOnlyList<ApiKeyDto>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = await WithContextAsync(db => db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken));
        return
        [
            .. stored.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).Select(ToDto),
            .. configured.CurrentValue.ApiKeys.Select(k => new ApiKeyDto(null, k.Name, null, k.Scopes, null, null, null, null, null, ApiKeyDto.FromConfiguration)),
        ];
    }

    /// <summary>Issues a key; the secret is in the result only (shown once). Bad names and scopes are 400 problems, a used name 409.</summary>
    public async Task<CreatedApiKeyDto> CreateAsync(string? name, IReadOnlyList<string>? scopes, string createdBy, CancellationToken cancellationToken)
    {
        var checkedName = CheckName(name);
        var checkedScopes = CheckScopes(scopes);
        if (configured.CurrentValue.ApiKeys.Any(k => string.Equals(k.Name, checkedName, StringComparison.OrdinalIgnoreCase)))
        {
            throw NameTaken(checkedName);
        }

        var secret = ApiKeyHasher.Generate();
        var key = new ApiKey(Guid.CreateVersion7(timeProvider.GetUtcNow()), checkedName, ApiKeyHasher.DisplayPrefix(secret), ApiKeyHasher.Hash(secret),
            checkedScopes, timeProvider.GetUtcNow(), createdBy);
        await WithContextAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.ApiKeys.AnyAsync(k => k.Name == checkedName, cancellationToken)) throw NameTaken(checkedName);
            db.ApiKeys.Add(key);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (IsUniqueViolation(ex))
            {
                throw NameTaken(checkedName); // the unique index: another admin took the name at the same moment
            }

            // The audit row commits with the key or not at all.
            using (audit.Record(AuditActions.ApiKeyCreated, $"api-key:{key.Name}", details: new { key.Id, key.Name, key.Prefix, scopes = key.ScopeList }))
            {
                await audit.WriteAsync(db, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        });
        LogCreated(logger, key.Name, key.Prefix, createdBy);
        return new CreatedApiKeyDto(ToDto(key), secret);
    }

    /// <summary>Revokes a table key; null when there is none with that id. Revoking twice keeps the first revocation.</summary>
    public async Task<ApiKeyDto?> RevokeAsync(Guid id, string revokedBy, CancellationToken cancellationToken)
    {
        var key = await WithContextAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var found = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
            if (found is not null && found.Revoke(timeProvider.GetUtcNow(), revokedBy))
            {
                await db.SaveChangesAsync(cancellationToken);
                using (audit.Record(AuditActions.ApiKeyRevoked, $"api-key:{found.Name}", details: new { found.Id, found.Name, before = "active", after = "revoked" }))
                {
                    await audit.WriteAsync(db, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            return found;
        });
        if (key is null) return null;
        _cache.TryRemove(key.Hash, out _);
        LogRevoked(logger, key.Name, key.Prefix, revokedBy);
        return ToDto(key);
    }

    private static ApiKeyDto ToDto(ApiKey k) =>
        new(k.Id, k.Name, k.Prefix, k.ScopeList, k.CreatedAt, k.CreatedBy, k.LastUsedAt, k.RevokedAt, k.RevokedBy, ApiKeyDto.FromDatabase);

    /// <summary>Writes LastUsedAt when this node has not for a while. Best effort: a busy database must not fail the caller's request.</summary>
    private async Task RecordUseAsync(CachedKey cached, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (cached.LastUsedWritten is { } written && now - written < options.CurrentValue.LastUsedInterval) return;
        cached.LastUsedWritten = now;
        try
        {
            await WithContextAsync(db => db.ApiKeys.Where(k => k.Id == cached.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken));
        }
        catch (DbException ex)
        {
            LogLastUsedNotWritten(logger, cached.Match.Name, ex.Message);
        }
    }

    private async Task<T> WithContextAsync<T>(Func<ServerDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ServerDbContext>());
    }

    private static string CheckName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > ApiKey.NameMaxLength || !NamePattern().IsMatch(trimmed))
        {
            throw new DomainValidationException("apikey.name-invalid", "name",
                $"The name has 1 to {ApiKey.NameMaxLength} characters: letters, digits, '.', '_' or '-' (e.g. erp-connector).");
        }

        return trimmed;
    }

    private static List<string> CheckScopes(IReadOnlyList<string>? scopes)
    {
        if (scopes is null || scopes.Count == 0)
        {
            throw new DomainValidationException("apikey.scopes-required", "scopes", $"Give at least one scope: {string.Join(", ", ApiScopes.All)}.");
        }

        for (var i = 0; i < scopes.Count; i++)
        {
            if (!ApiScopes.All.Contains(scopes[i]))
            {
                throw new DomainValidationException("apikey.scope-unknown", $"scopes[{i}]", $"'{scopes[i]}' is not a scope; use {string.Join(", ", ApiScopes.All)}.");
            }
        }

        return [.. scopes.Distinct(StringComparer.Ordinal)];
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } => true,
        Npgsql.PostgresException { SqlState: "23505" } => true,
        _ => false,
    };

    private static DomainConflictException NameTaken(string name) =>
        new("apikey.name-taken", $"An API key named '{name}' already exists (revoked keys keep their names); choose another name.");

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex NamePattern();

    [LoggerMessage(Level = LogLevel.Information, Message = "API key {Name} ({Prefix}…) created by {By}")]
    private static partial void LogCreated(ILogger logger, string name, string prefix, string by);

    [LoggerMessage(Level = LogLevel.Information, Message = "API key {Name} ({Prefix}…) revoked by {By}")]
    private static partial void LogRevoked(ILogger logger, string name, string prefix, string by);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Last use of API key {Name} not recorded this time: {Reason}")]
    private static partial void LogLastUsedNotWritten(ILogger logger, string name, string reason);

    /// <summary>What this node read about a table key, and when it last wrote its use.</summary>
    private sealed class CachedKey(Guid id, ApiKeyMatch match, DateTimeOffset readAt)
    {
        public Guid Id { get; } = id;

        public ApiKeyMatch Match { get; } = match;

        public DateTimeOffset ReadAt { get; } = readAt;

        public DateTimeOffset? LastUsedWritten { get; set; }
    }
}
