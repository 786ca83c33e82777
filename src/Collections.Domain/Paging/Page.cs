namespace Collections.Domain.Paging;

/// <summary>One page of a list; pass <see cref="NextCursor"/> as <c>cursor</c> for the next page (null on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
