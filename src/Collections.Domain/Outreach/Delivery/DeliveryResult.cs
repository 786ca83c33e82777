namespace Collections.Domain.Outreach.Delivery;

/// <summary>
/// What a batch of reports did: recorded, already seen (a provider's retry), naming no message of ours, ignored, and
/// how many contacts an unsubscribe, spam report or STOP newly opted out.
/// </summary>
public sealed record DeliveryResult(int Recorded, int Duplicates, int Unmatched, int Ignored = 0, int OptedOut = 0);
