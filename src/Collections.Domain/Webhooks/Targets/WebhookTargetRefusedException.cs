namespace Collections.Domain.Webhooks.Targets;

/// <summary>Thrown at connect time when no resolved address of a webhook target is permitted.</summary>
public sealed class WebhookTargetRefusedException() : IOException("The webhook target resolves to a refused address.");
