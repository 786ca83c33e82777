namespace Collections.Server.Apis.Contracts;

/// <summary>
/// Optional: the caller claims for themselves (the actor comes from the principal). A <c>UserId</c> naming someone else
/// asks for a delegation, which only managers and admins may make.
/// </summary>
public sealed record ClaimTaskBody(string? UserId = null);
