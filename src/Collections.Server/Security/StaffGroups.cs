namespace Collections.Server.Security;

/// <summary>
/// Candidate groups a user belongs to; they match the <c>camunda:candidateGroups</c> of the BPMN user tasks. Stored as
/// Identity user claims of type <see cref="ClaimType"/>, so they travel in the sign-in cookie.
/// </summary>
public static class StaffGroups
{
    public const string ClaimType = "group";

    public static readonly IReadOnlyList<string> Known =
        ["junior-collectors", "senior-collectors", "managers", "finance", "billing", "sales-admin", "customer-service"];
}
