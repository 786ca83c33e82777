namespace Collections.Server.Audit;

/// <summary>Who reads the audit log: admins and managers (nobody writes it through the API).</summary>
public static class AuditPolicies
{
    public const string Reader = "audit-reader";
}
