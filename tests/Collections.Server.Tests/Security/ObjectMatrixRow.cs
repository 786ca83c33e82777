namespace Collections.Server.Tests.Security;

/// <summary>
/// An object-level row of the authorization matrix: a principal acting on a real task set up by
/// <see cref="ObjectScenario"/>, with the exact status and problem code expected (<c>null</c> code: a success).
/// </summary>
public sealed record ObjectMatrixRow(string Rule, ObjectScenario Scenario, string Principal, string Operation, string? Body, int Status, string? Code)
{
    public override string ToString() => $"{Rule}: {Principal} {Operation}";
}
