namespace Collections.Engine.Api;

/// <summary>
/// What a reader sees of one activity: its name per language (<c>es</c>, <c>en</c>), each already falling back to the
/// element's own name, and its business <paramref name="Stage"/> (own or inherited from its sub-process), if any.
/// </summary>
public sealed record ActivityTexts(IReadOnlyDictionary<string, string> Names, string? Stage);
