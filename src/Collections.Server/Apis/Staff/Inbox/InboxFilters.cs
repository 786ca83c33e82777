namespace Collections.Server.Apis.Staff.Inbox;

/// <summary>Which tasks the inbox lists (query parameter <c>filter</c>).</summary>
public static class InboxFilters
{
    /// <summary>Tasks assigned to me.</summary>
    public const string Mine = "mine";

    /// <summary>Unassigned tasks offered to me by name or to one of my candidate groups.</summary>
    public const string Offered = "offered";

    /// <summary>Both (the default).</summary>
    public const string All = "all";

    public static readonly IReadOnlyList<string> Known = [All, Mine, Offered];
}
