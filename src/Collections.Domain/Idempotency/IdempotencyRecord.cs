namespace Collections.Domain.Idempotency;

/// <summary>
/// A remembered creating POST: the caller and key, a hash of method, path and body,
/// and the response sent. <see cref="StatusCode"/> 0 means the first request is still running.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        Client = Key = RequestHash = string.Empty;
    }

    public IdempotencyRecord(string client, string key, string requestHash, DateTimeOffset now)
        : this()
    {
        (Client, Key, RequestHash, CreatedAt) = (client, key, requestHash, now);
    }

    /// <summary>The API key name (or <c>anonymous</c>): keys of different callers never collide.</summary>
    public string Client { get; private set; }

    public string Key { get; private set; }

    public string RequestHash { get; private set; }

    public int StatusCode { get; private set; }

    public string? ResponseBody { get; private set; }

    public string? Location { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool Completed => StatusCode != 0;

    public void Complete(int statusCode, string? body, string? location) => (StatusCode, ResponseBody, Location) = (statusCode, body, location);
}
