using System.Buffers.Binary;
using Collections.Domain.Errors;

namespace Collections.Server.Apis.Staff.Inbox;

/// <summary>
/// Keyset position in the inbox order (contactable now first, case priority descending, due date, creation, task id):
/// the sort key of the last row of a page, as opaque base64url. The next page starts strictly after it, so rows never repeat or go
/// missing between pages while the list is unchanged, and a task completed meanwhile shifts nothing.
/// </summary>
public sealed record InboxCursor(int Rank, DateTimeOffset Due, DateTimeOffset CreatedAt, Guid TaskId, int Later = 0)
{
    private const int Length = 4 + 8 + 8 + 16 + 1;

    public string Encode()
    {
        var bytes = new byte[Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, Rank);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(4), Due.UtcTicks);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(12), CreatedAt.UtcTicks);
        TaskId.TryWriteBytes(bytes.AsSpan(20));
        bytes[36] = (byte)Later;
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static InboxCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        var text = cursor.Replace('-', '+').Replace('_', '/');
        var bytes = new byte[Length + 3];
        if (cursor.Length <= 64 && Convert.TryFromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='), bytes, out var written)
            && written == Length)
        {
            var due = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(4));
            var created = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(12));
            if (IsTicks(due) && IsTicks(created) && bytes[36] <= 1)
            {
                return new InboxCursor(BinaryPrimitives.ReadInt32BigEndian(bytes), new DateTimeOffset(due, TimeSpan.Zero),
                    new DateTimeOffset(created, TimeSpan.Zero), new Guid(bytes.AsSpan(20, 16)), bytes[36]);
            }
        }

        throw new DomainValidationException("cursor.invalid", "cursor", "The cursor is not one this API returned.");
    }

    private static bool IsTicks(long ticks) => ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks;
}
