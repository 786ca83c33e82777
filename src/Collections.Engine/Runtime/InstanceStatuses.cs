namespace Collections.Engine.Runtime;

/// <summary>Persisted instance status strings.</summary>
internal static class InstanceStatuses
{
    public const string Active = "active";
    public const string Completed = "completed";
    public const string Canceled = "canceled";
}
