namespace Collections.Engine.Runtime.State;

/// <summary>
/// Which side-table rows an activity instance owns, so ending it deletes exactly those kinds and no query is
/// spent on tables that hold nothing for it.
/// </summary>
[Flags]
internal enum SideRows
{
    None = 0,
    UserTask = 1,
    ExternalTask = 2,
    Jobs = 4,
    MessageSubscriptions = 8,

    /// <summary>An open incident points at this token; ending the token resolves it.</summary>
    Incident = 16,
}
