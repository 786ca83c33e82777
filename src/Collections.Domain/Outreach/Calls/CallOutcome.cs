using System.Globalization;
using Collections.Domain.Errors;
using Collections.Engine.Variables;

namespace Collections.Domain.Outreach.Calls;

/// <summary>
/// The outcome form of a call or visit as submitted: <see cref="Result"/> (<c>callOutcome</c>), the reason for
/// non-payment, a promise (date, amount), the number called, notes, what was agreed with an alternate contact, and
/// why it was made outside the contact rules (<c>contactOverrideReason</c>) when it was.
/// Read after the engine has checked the values against the form, so they convert.
/// </summary>
public sealed record CallOutcome(string Result, string? Reason, DateOnly? PromiseDate, decimal? PromiseAmount, string? CalledNumber, string? Notes, string? Agreed, string? OverrideReason = null)
{
    public string AttemptOutcome => CallOutcomes.AttemptOutcomeOf(Result);

    /// <summary>Null when the completion carries no <c>callOutcome</c> (a form without it, or left empty).</summary>
    public static CallOutcome? Read(IReadOnlyDictionary<string, object?>? variables)
    {
        if (Text(variables, "callOutcome") is not { } result) return null;
        return new CallOutcome(
            result,
            Text(variables, "reason"),
            Date(variables, "promiseDate"),
            Amount(variables, "promiseAmount"),
            Text(variables, "calledNumber"),
            Text(variables, "notes"),
            Text(variables, "alternateOutcome"),
            Text(variables, ContactRulesGuard.OverrideReasonVariable));
    }

    private static object? Clr(IReadOnlyDictionary<string, object?>? variables, string name) =>
        variables is not null && variables.TryGetValue(name, out var value) ? value is VariableValue typed ? typed.ToClr() : value : null;

    private static string? Text(IReadOnlyDictionary<string, object?>? variables, string name) =>
        Clr(variables, name) is { } value && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim() : null;

    private static DateOnly? Date(IReadOnlyDictionary<string, object?>? variables, string name) => Clr(variables, name) switch
    {
        null => null,
        DateTimeOffset at => DateOnly.FromDateTime(at.UtcDateTime),
        DateTime at => DateOnly.FromDateTime(at),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => DateOnly.FromDateTime(at.UtcDateTime),
        string text when string.IsNullOrWhiteSpace(text) => null,
        _ => throw new DomainValidationException("form.invalid", name, $"'{name}' must be a date."),
    };

    private static decimal? Amount(IReadOnlyDictionary<string, object?>? variables, string name) => Clr(variables, name) switch
    {
        null => null,
        decimal d => d,
        long l => l,
        int i => i,
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw new DomainValidationException("form.invalid", name, $"'{name}' must be an amount."),
    };
}
