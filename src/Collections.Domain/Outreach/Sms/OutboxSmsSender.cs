using System.Text;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Outreach.Sms;

/// <summary>The embedded default (no gateway URL): each SMS becomes a small text file in the outbox folder.</summary>
public sealed class OutboxSmsSender(IOptions<SmsOptions> options, TimeProvider time) : ISmsSender
{
    public string Directory => Path.GetFullPath(options.Value.OutboxDirectory);

    public async Task<string> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        System.IO.Directory.CreateDirectory(Directory);
        var text = $"Id: {id}\nDate: {now:O}\nTo: {message.To}\nReference: {message.Reference}\n\n{message.Text}\n";
        await File.WriteAllTextAsync(Path.Combine(Directory, $"{now:yyyyMMdd'T'HHmmss'Z'}-{id}.sms.txt"), text, new UTF8Encoding(false), cancellationToken);
        return id;
    }

    /// <summary>File names in the outbox, newest first.</summary>
    public IReadOnlyList<string> List() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.EnumerateFiles(Directory, "*.sms.txt").Select(Path.GetFileName).OfType<string>().OrderDescending(StringComparer.Ordinal).ToList()
        : [];
}
