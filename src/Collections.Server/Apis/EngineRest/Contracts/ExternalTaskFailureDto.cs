namespace Collections.Server.Apis.EngineRest.Contracts;

/// <summary>Body of <c>/failure</c>; <paramref name="RetryTimeout"/> in milliseconds.</summary>
public sealed record ExternalTaskFailureDto(string? WorkerId, string? ErrorMessage, string? ErrorDetails, int? Retries, long? RetryTimeout);
