namespace Collections.Server.Apis.Contracts;

/// <summary>Who takes the task.</summary>
public sealed record ClaimTaskBody(string UserId);
