namespace Collections.Domain.Webhooks;

/// <summary>The JSON body of every delivery: <c>{"id","type","createdAt","data"}</c>; <c>id</c> is the event id to deduplicate on.</summary>
public sealed record WebhookEnvelope(Guid Id, string Type, DateTimeOffset CreatedAt, object Data);
