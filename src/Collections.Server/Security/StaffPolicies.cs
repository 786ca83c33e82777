namespace Collections.Server.Security;

/// <summary>Authorization policy names of the staff UI.</summary>
public static class StaffPolicies
{
    /// <summary>Any signed-in staff member (any role).</summary>
    public const string Staff = "staff";

    /// <summary>Process owners and admins: the designer, validation, publishing.</summary>
    public const string Designer = "designer";

    /// <summary>Collectors and the other roles that work tasks.</summary>
    public const string TaskWorker = "task-worker";

    /// <summary>Process owners, managers and admins: how running versions do (activity statistics in the version view).</summary>
    public const string ProcessOperator = "process-operator";

    /// <summary>Admins: users and groups.</summary>
    public const string Admin = "staff-admin";

    /// <summary>The engine API under /api/v1: the required roles depend on the endpoint (<see cref="EngineApiAuthorizationHandler"/>).</summary>
    public const string EngineApi = "engine-api";
}
