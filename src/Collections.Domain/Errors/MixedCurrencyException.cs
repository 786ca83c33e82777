namespace Collections.Domain.Errors;

/// <summary>Two amounts in different currencies met in one calculation.</summary>
public sealed class MixedCurrencyException(string field, string expected, string actual)
    : DomainValidationException("money.mixed-currencies", field, $"Cannot combine {actual} with {expected}: amounts in different currencies never mix.")
{
    public string Expected { get; } = expected;

    public string Actual { get; } = actual;
}
