using System.Globalization;
using Collections.Domain.Errors;

namespace Collections.Domain.Amounts;

/// <summary>
/// An amount in one ISO 4217 currency. Arithmetic refuses to mix currencies (<see cref="MixedCurrencyException"/>);
/// amounts are <see cref="decimal"/>, never double (STYLE.md 7).
/// </summary>
public readonly record struct Money
{
    /// <summary>At most 18 digits in all, so at most 14 before the point with the 4 decimals any currency may use.</summary>
    public const int MaxDigits = 18;

    /// <summary>The largest amount that fits the stored column (numeric(18,4)).</summary>
    public const decimal MaxAmount = 99_999_999_999_999.9999m;

    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>Validates a positive amount for <paramref name="currency"/>; errors name <paramref name="field"/>.</summary>
    public static Money Positive(decimal amount, string? currency, string field, string currencyField)
    {
        var code = Amounts.Currency.Validate(currency, currencyField);
        CheckAmount(amount, code, field, allowZero: false);
        return new Money(amount, code);
    }

    /// <summary>Checks sign, total digits and the currency's decimals; throws a 400 naming <paramref name="field"/>.</summary>
    public static void CheckAmount(decimal amount, string currency, string field, bool allowZero)
    {
        if (amount < 0 || (!allowZero && amount == 0))
        {
            throw new DomainValidationException("amount.not-positive", field, $"The amount must be greater than zero; got {amount.ToString(CultureInfo.InvariantCulture)}.");
        }

        var normalized = amount / 1.0000000000000000000000000000m; // drops trailing zeros: 10.50 -> 10.5
        var scale = normalized.Scale;
        var digits = Math.Truncate(normalized) == 0 ? scale : Math.Truncate(normalized).ToString(CultureInfo.InvariantCulture).Length + scale;
        if (digits > MaxDigits || amount > MaxAmount)
        {
            throw new DomainValidationException("amount.too-large", field, $"The amount has {digits} digits; at most {MaxDigits} are allowed (up to {MaxAmount.ToString(CultureInfo.InvariantCulture)}).");
        }

        var allowed = Amounts.Currency.DecimalsOf(currency);
        if (scale > allowed)
        {
            throw new DomainValidationException("amount.too-many-decimals", field, $"{currency} amounts have at most {allowed} decimals; got {scale}.");
        }
    }

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, Same(left, right));

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, Same(left, right));

    public static bool operator >(Money left, Money right) => Same(left, right) is not null && left.Amount > right.Amount;

    public static bool operator <(Money left, Money right) => Same(left, right) is not null && left.Amount < right.Amount;

    public static bool operator >=(Money left, Money right) => Same(left, right) is not null && left.Amount >= right.Amount;

    public static bool operator <=(Money left, Money right) => Same(left, right) is not null && left.Amount <= right.Amount;

    /// <summary><c>400.00 EUR</c>: the currency's decimals whatever the value's scale (400, 400.0000 from the database).</summary>
    public override string ToString() => $"{Amount.ToString("F" + Amounts.Currency.DecimalsOf(Currency).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} {Currency}";

    private static string Same(Money left, Money right) =>
        string.Equals(left.Currency, right.Currency, StringComparison.Ordinal)
            ? left.Currency
            : throw new MixedCurrencyException("currency", left.Currency, right.Currency);
}
