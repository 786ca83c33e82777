namespace Collections.Server.Apis.EngineRest.Contracts;

/// <summary>Body of <c>/extendLock</c>; <paramref name="NewDuration"/> in milliseconds from now.</summary>
public sealed record ExtendLockDto(string? WorkerId, long NewDuration);
