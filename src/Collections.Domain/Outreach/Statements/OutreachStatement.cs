using System.Text.Json;

namespace Collections.Domain.Outreach.Statements;

/// <summary>
/// One message listing every invoice of a debtor whose reminders fall due the same local day on one channel
/// (docs/architecture.md, "One statement per debtor"). Unique per debtor, day and channel, so a day has at most one;
/// it belongs to the send step that built it (<see cref="OwnerIntentId"/>: that intent carries the statement's
/// reference to the provider), and every other listed step has an intent <c>covered</c> by it.
/// </summary>
public sealed class OutreachStatement
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private OutreachStatement()
    {
        Day = Channel = Items = string.Empty;
    }

    public OutreachStatement(Guid id, Guid debtorId, DateOnly day, string channel, Guid ownerIntentId, IReadOnlyList<StatementItem> items, DateTimeOffset now)
        : this()
    {
        if (items.Count < 2) throw new ArgumentException("A statement lists two invoices or more.", nameof(items));
        (Id, DebtorId, Day, Channel, OwnerIntentId, CreatedAt) = (id, debtorId, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), channel, ownerIntentId, now);
        Items = JsonSerializer.Serialize(items, Json);
        Count = items.Count;
    }

    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    /// <summary>The debtor's local calendar day (ISO date) the statement is for.</summary>
    public string Day { get; private set; }

    public string Channel { get; private set; }

    /// <summary>The intent of the send step that builds and sends the statement.</summary>
    public Guid OwnerIntentId { get; private set; }

    /// <summary>The listed invoices as JSON (<see cref="StatementItem"/>), in the order they are shown.</summary>
    public string Items { get; private set; }

    public int Count { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<StatementItem> Lines() => JsonSerializer.Deserialize<List<StatementItem>>(Items, Json) ?? [];
}
