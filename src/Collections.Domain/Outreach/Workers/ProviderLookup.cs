namespace Collections.Domain.Outreach.Workers;

/// <summary>What a sender knows about a reference it may have sent before a crash.</summary>
public abstract record ProviderLookup
{
    private ProviderLookup()
    {
    }

    /// <summary>Unknown to this sender (a remote provider we cannot ask): the domain's own evidence decides.</summary>
    public static readonly ProviderLookup Unknown = new UnknownLookup();

    /// <summary>Certainly not sent (a local outbox without the file): sending now is the first send.</summary>
    public static readonly ProviderLookup NotSent = new NotSentLookup();

    /// <summary>It left, with this message id.</summary>
    public sealed record Found(string MessageId) : ProviderLookup;

    private sealed record UnknownLookup : ProviderLookup;

    private sealed record NotSentLookup : ProviderLookup;
}
