namespace Collections.Engine.Runtime.Migration;

/// <summary>Settings of migration batches, bound from <c>Collections:Migration</c>.</summary>
public sealed class MigrationOptions
{
    public const string Section = "Collections:Migration";

    /// <summary>
    /// How many instance-migration jobs one run of the seed job creates (default 100): a batch of 100,000 instances
    /// never writes all its jobs in one transaction, and migrations start while the rest are still being seeded.
    /// </summary>
    public int ChunkSize { get; set; } = 100;

    /// <summary>The most instances one preview lists one by one (default 500; the counts always cover all).</summary>
    public int MaxPreviewListed { get; set; } = 500;
}
