using System.Text.Json.Serialization;

namespace Collections.Domain.Cases.Contracts;

/// <summary>The debtor promises <see cref="Amount"/> (in the invoice's currency) by <see cref="PromiseDate"/> (a date in the debtor's time zone).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PromiseInput(decimal Amount, string? Currency, DateOnly? PromiseDate);
