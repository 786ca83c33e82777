namespace Collections.Server.Security;

/// <summary>Staff roles. Stored as Identity role names, so these strings never change.</summary>
public static class StaffRoles
{
    public const string ProcessOwner = "process-owner";
    public const string Collector = "collector";
    public const string SeniorCollector = "senior-collector";
    public const string Manager = "manager";
    public const string Finance = "finance";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [ProcessOwner, Collector, SeniorCollector, Manager, Finance, Admin];

    /// <summary>Who may design and publish processes.</summary>
    public static readonly IReadOnlyList<string> Designers = [ProcessOwner, Admin];

    /// <summary>Who watches running processes: waiting cases and incidents per activity.</summary>
    public static readonly IReadOnlyList<string> ProcessOperators = [ProcessOwner, Manager, Admin];

    /// <summary>Who may claim and complete user tasks.</summary>
    public static readonly IReadOnlyList<string> TaskWorkers = [Collector, SeniorCollector, Manager, Finance, Admin];
}
