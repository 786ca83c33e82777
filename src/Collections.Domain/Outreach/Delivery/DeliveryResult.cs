namespace Collections.Domain.Outreach.Delivery;

/// <summary>What a batch of reports did: recorded, already seen (a provider's retry), or naming no message of ours.</summary>
public sealed record DeliveryResult(int Recorded, int Duplicates, int Unmatched, int Ignored = 0);
