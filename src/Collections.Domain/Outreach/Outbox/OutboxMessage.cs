namespace Collections.Domain.Outreach.Outbox;

/// <summary>One outbox message read in full: its headers in file order, the plain text, and the HTML part if any.</summary>
public sealed record OutboxMessage(OutboxItem Item, IReadOnlyList<OutboxHeader> Headers, string Text, string? Html);

/// <summary>A header line of an outbox file.</summary>
public sealed record OutboxHeader(string Name, string Value);
