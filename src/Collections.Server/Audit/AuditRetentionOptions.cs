namespace Collections.Server.Audit;

/// <summary>How long the audit log keeps its rows (<c>Collections:Audit</c>).</summary>
public sealed class AuditRetentionOptions
{
    public const string Section = "Collections:Audit";

    /// <summary>
    /// Rows older than this are deleted, oldest first. Default 7 years (2,557 days): the usual keeping period for
    /// accounting records, which collection actions support.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(2557);

    /// <summary>How often the retention duty looks for rows past <see cref="Retention"/>. Default one day.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Runs the retention duty in the background. Default true; tests call <see cref="AuditPruner.PruneAsync"/>.</summary>
    public bool PruneEnabled { get; set; } = true;
}
