namespace Collections.Server.Health;

/// <summary>The database part of <c>GET /health</c>: provider (<c>sqlite</c>, <c>postgres</c>) and whether it answers.</summary>
public sealed record DatabaseHealth(string? Provider, string Status, string? Description);
