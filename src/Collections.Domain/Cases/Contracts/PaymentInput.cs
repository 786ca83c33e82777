using System.Text.Json.Serialization;

namespace Collections.Domain.Cases.Contracts;

/// <summary>A payment received against an invoice; <see cref="Reference"/> is unique per invoice. <see cref="PaidOn"/> defaults to today.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PaymentInput(decimal Amount, string? Currency, string? Reference, DateOnly? PaidOn = null);
