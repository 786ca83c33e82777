namespace Collections.Server.Apis.Staff.Inbox;

/// <summary>
/// One inbox page. Pass <see cref="NextCursor"/> as <c>cursor</c> for the next page (null on the last);
/// <see cref="Total"/> counts every matching task when asked for with <c>total=true</c>, else null.
/// </summary>
public sealed record InboxPageDto(IReadOnlyList<InboxItemDto> Items, string? NextCursor, int? Total);
