using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Collections.Domain.Errors;
using Collections.Domain.Idempotency;
using Collections.Domain.Work;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Collections.Server.Apis.Domain;

/// <summary>
/// <c>Idempotency-Key</c> on creating POSTs: the first request with a key claims it; a retry with the same key
/// and the same body gets the stored status and body back (header <c>Idempotent-Replayed: true</c>) with no second
/// effect; the same key with another body, or while the first is still running, gets 409. A request that fails with an
/// exception releases the key (nothing was written), so a corrected retry may reuse it. Keys are per API key.
/// </summary>
internal sealed class IdempotencyFilter(DomainWork work, IOptions<JsonOptions> json) : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(key)) return await next(context);
        if (key.Length > 200) throw new DomainValidationException("idempotency.key-too-long", HeaderName, "The Idempotency-Key header has at most 200 characters.");

        var client = http.User.Identity?.Name ?? "anonymous";
        var hash = RequestHash(http, context.Arguments);
        var stored = await ClaimAsync(client, key, hash, http.RequestAborted);
        if (stored is not null)
        {
            if (stored.RequestHash != hash) throw new DomainConflictException("idempotency.key-reused", $"Idempotency-Key '{key}' was used with a different request.");
            if (!stored.Completed) throw new DomainConflictException("idempotency.in-progress", $"A request with Idempotency-Key '{key}' is still running.");
            http.Response.Headers[ReplayedHeader] = "true";
            if (stored.Location is not null) http.Response.Headers.Location = stored.Location;
            return Results.Content(stored.ResponseBody ?? string.Empty, "application/json", Encoding.UTF8, stored.StatusCode);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await ReleaseAsync(client, key, CancellationToken.None);
            throw;
        }

        // A handler that may answer 201 or 200 returns Results<Created<T>, Ok<T>>, which wraps the result that runs.
        var answered = result is INestedHttpResult nested ? nested.Result : result;
        if (answered is IStatusCodeHttpResult { StatusCode: { } status } && status < 500)
        {
            var body = answered is IValueHttpResult { Value: { } value } ? JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions) : null;
            var location = answered.GetType().GetProperty("Location")?.GetValue(answered) as string;
            await work.RunAsync(async db =>
            {
                var record = await db.IdempotencyRecords.FindAsync([client, key], CancellationToken.None);
                record?.Complete(status, body, location);
                return true;
            }, CancellationToken.None);
        }
        else
        {
            await ReleaseAsync(client, key, CancellationToken.None);
        }

        return result;
    }

    private async Task<IdempotencyRecord?> ClaimAsync(string client, string key, string hash, CancellationToken cancellationToken)
    {
        try
        {
            return await work.RunAsync(async db =>
            {
                var existing = await db.IdempotencyRecords.FindAsync([client, key], cancellationToken);
                if (existing is null) db.IdempotencyRecords.Add(new IdempotencyRecord(client, key, hash, work.Now));
                return existing;
            }, cancellationToken);
        }
        catch (DomainConflictException ex) when (ex.Code == "duplicate")
        {
            throw new DomainConflictException("idempotency.in-progress", $"A request with Idempotency-Key '{key}' is still running.");
        }
    }

    private Task ReleaseAsync(string client, string key, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            if (await db.IdempotencyRecords.FindAsync([client, key], cancellationToken) is { Completed: false } record) db.IdempotencyRecords.Remove(record);
            return true;
        }, cancellationToken);

    /// <summary>Route values and bodies (the domain's <c>…Input</c> records), not services or the cancellation token.</summary>
    private static bool IsRequestValue(object? argument) => argument is string or Guid
        || (argument?.GetType() is { } type && type.Name.EndsWith("Input", StringComparison.Ordinal) && type.Namespace?.StartsWith("Collections.Domain", StringComparison.Ordinal) == true);

    /// <summary>SHA-256 over method, path and the bound request values (whitespace and field order in the JSON do not matter).</summary>
    private string RequestHash(HttpContext http, IList<object?> arguments)
    {
        var text = new StringBuilder().Append(http.Request.Method).Append(' ').Append(http.Request.Path).Append('\n');
        foreach (var argument in arguments.Where(IsRequestValue))
        {
            text.Append(JsonSerializer.Serialize(argument, argument!.GetType(), json.Value.SerializerOptions)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
