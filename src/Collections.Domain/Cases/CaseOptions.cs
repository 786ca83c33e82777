namespace Collections.Domain.Cases;

/// <summary>How cases open and run, bound from <c>Collections:Domain:Cases</c>.</summary>
public sealed class CaseOptions
{
    public const string Section = "Collections:Domain:Cases";

    /// <summary>Process started for a new case when the request names none. Default <c>overdue-invoice</c> (the playbook).</summary>
    public string DefaultProcessKey { get; set; } = "overdue-invoice";

    /// <summary>
    /// Days after the due date before a registered invoice opens its case by itself. Default 3: payments in transit
    /// on the due date should not open a case.
    /// </summary>
    public int GraceDays { get; set; } = 3;

    /// <summary>
    /// Days after the promised date before an unpaid promise counts as broken. Default 3, the playbook's
    /// <c>promiseGraceDays</c>; it is passed to every new process as that start variable so both agree.
    /// </summary>
    public int PromiseGraceDays { get; set; } = 3;

    /// <summary>How often the background scanner looks for invoices to open and promises to check. Default 1 minute.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Process started when an invoice is registered before its due date (the playbook's <c>courtesy-call</c>, which
    /// decides by amount whether anyone calls). Empty turns courtesy calls off. Until it ends, the invoice's case does
    /// not open by itself: the courtesy call may be resolving an early dispute, or have opened the case already.
    /// </summary>
    public string? CourtesyProcessKey { get; set; } = "courtesy-call";

    /// <summary>Run the scanner in the background. Default true; tests call it directly after moving the clock.</summary>
    public bool ScannerEnabled { get; set; } = true;
}
