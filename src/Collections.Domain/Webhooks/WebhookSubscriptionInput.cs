using System.Text.Json.Serialization;

namespace Collections.Domain.Webhooks;

/// <summary>A subscription as an integrator sends it. The secret (16–200 characters) signs every delivery.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record WebhookSubscriptionInput(string? Url, IReadOnlyList<string>? Events, string? Secret, bool Active = true);
