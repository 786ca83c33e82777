namespace Collections.Server.Apis.Contracts;

/// <summary>Retries given back to a failed job when the incident is retried.</summary>
public sealed record RetryIncidentBody(int Retries = 1);
