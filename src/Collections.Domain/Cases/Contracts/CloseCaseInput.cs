using System.Text.Json.Serialization;

namespace Collections.Domain.Cases.Contracts;

/// <summary>Why a manager cancels or writes off a case.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CloseCaseInput(string? Reason);
