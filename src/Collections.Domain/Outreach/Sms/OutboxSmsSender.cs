using System.Text;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Outreach.Sms;

/// <summary>
/// The embedded default (no gateway URL): each SMS becomes a small text file in the outbox folder, headers
/// (<c>Id</c>, <c>Date</c>, <c>To</c>, <c>Reference</c>, <c>Case</c>) then a blank line and the text.
/// </summary>
public sealed class OutboxSmsSender(IOptions<SmsOptions> options, TimeProvider time) : ISmsSender
{
    public const string Extension = ".sms.txt";

    public string Directory => Path.GetFullPath(options.Value.OutboxDirectory);

    public string Provider => OutreachProviders.SmsOutbox;

    public async Task<string> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = Outbox.OutboxNames.FileId(message.Reference); // the intent's reference: a retry can find the file
        var text = new StringBuilder()
            .Append("Id: ").Append(id).Append('\n')
            .Append("Date: ").Append(now.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .Append("To: ").Append(Outbox.EmlFile.SingleLine(message.To)).Append('\n')
            .Append("Reference: ").Append(message.Reference is { } reference ? Outbox.EmlFile.SingleLine(reference) : null).Append('\n');
        if (message.CaseId is { } caseId) text.Append("Case: ").Append(caseId).Append('\n');
        text.Append('\n').Append(message.Text).Append('\n');
        await Outbox.OutboxNames.WriteAtomicallyAsync(Directory, $"{now:yyyyMMdd'T'HHmmss'Z'}-{id}{Extension}", text.ToString(), cancellationToken);
        return id;
    }

    /// <summary>The outbox is the provider here: the file is there or the message never left.</summary>
    public Task<Workers.ProviderLookup> LookupAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(Outbox.OutboxNames.Find(Directory, $"*-{Outbox.OutboxNames.FileId(reference)}{Extension}") is null
            ? Workers.ProviderLookup.NotSent
            : new Workers.ProviderLookup.Found(Outbox.OutboxNames.FileId(reference)));

    /// <summary>File names in the outbox, newest first.</summary>
    public IReadOnlyList<string> List() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.EnumerateFiles(Directory, "*" + Extension).Select(Path.GetFileName).OfType<string>().OrderDescending(StringComparer.Ordinal).ToList()
        : [];
}
