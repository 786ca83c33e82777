namespace Collections.Server.Apis.Staff.Inbox;

/// <summary>A kind of task in my inbox (the inbox's task filter): its definition key, a name, and how many are open to me.</summary>
public sealed record InboxTaskTypeDto(string Key, string? Name, int Count, IReadOnlyDictionary<string, string>? Names = null);
