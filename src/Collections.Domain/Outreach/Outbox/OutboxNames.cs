using System.Text;
using System.Text.RegularExpressions;

namespace Collections.Domain.Outreach.Outbox;

/// <summary>
/// File names of the outbox senders: <c>{UTC time}-{reference}{extension}</c>, the reference being the send intent's
/// (hex and a dash), so a retry after a crash finds the file by reference. Files appear whole or not at all (written
/// beside, then moved), so a file that is there is a message that left.
/// </summary>
internal static partial class OutboxNames
{
    /// <summary>The reference when it is safe in a file name, else a fresh id (a send without an intent).</summary>
    public static string FileId(string? reference) => reference is not null && Safe().IsMatch(reference) ? reference : Guid.NewGuid().ToString("N");

    public static async Task WriteAtomicallyAsync(string directory, string fileName, string text, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var partial = Path.Combine(directory, $".{fileName}.{Guid.NewGuid():N}.partial");
        await File.WriteAllTextAsync(partial, text, new UTF8Encoding(false), cancellationToken);
        File.Move(partial, Path.Combine(directory, fileName));
    }

    public static string? Find(string directory, string pattern) =>
        Directory.Exists(directory) ? Directory.EnumerateFiles(directory, pattern).FirstOrDefault() : null;

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z-]{0,63}$")]
    private static partial Regex Safe();
}
