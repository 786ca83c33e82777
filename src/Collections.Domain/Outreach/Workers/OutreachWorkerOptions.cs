namespace Collections.Domain.Outreach.Workers;

/// <summary>How the outreach workers fetch external tasks from the engine.</summary>
public sealed class OutreachWorkerOptions
{
    public const string Section = "Collections:Outreach:Workers";

    /// <summary>
    /// Whether this node runs the outreach workers (default true). A node can leave e-mail and SMS to an external
    /// worker speaking the Camunda REST contract instead; the server's test environments turn them off so their
    /// suites see the external tasks they create.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Worker id on every fetch and completion. Default <c>collections-outreach</c>.</summary>
    public string WorkerId { get; set; } = "collections-outreach";

    /// <summary>How long a fetched task stays locked; longer than a slow provider call. Default 5 minutes.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Pause between fetches when a topic had nothing to do. Default 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Tasks per fetch and topic. Default 10.</summary>
    public int MaxTasks { get; set; } = 10;

    /// <summary>Retries of a task that never failed before (the engine reports null); Camunda's default is 3.</summary>
    public int Retries { get; set; } = 3;

    /// <summary>Wait before retrying a failed send (provider down). Default 5 minutes.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often a send step held as uncertain (a crash left it unknown whether the message went out) is looked at
    /// again, so a person's "it was sent" or "send again" on the case page, or a late provider event, takes effect.
    /// Default 15 minutes.
    /// </summary>
    public TimeSpan UncertainRecheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often a send step waiting for company details (a template prints one nobody has filled in) is looked at
    /// again; once an admin fills them in, the step sends at its next look. Default 5 minutes.
    /// </summary>
    public TimeSpan CompanyDetailsRecheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
