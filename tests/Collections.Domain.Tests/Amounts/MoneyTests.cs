using Collections.Domain.Amounts;
using Collections.Domain.Errors;

namespace Collections.Domain.Tests.Amounts;

public sealed class MoneyTests
{
    [Fact]
    public void Add_SameCurrency_SumsDecimals()
    {
        var sum = new Money(0.1m, "MXN") + new Money(0.2m, "MXN");

        Assert.Equal(new Money(0.3m, "MXN"), sum);
    }

    [Fact]
    public void Add_MixedCurrencies_ThrowsNamingBoth()
    {
        var error = Assert.Throws<MixedCurrencyException>(() => new Money(1m, "MXN") + new Money(1m, "USD"));

        Assert.Equal("money.mixed-currencies", error.Code);
        Assert.Contains("MXN", error.Message);
        Assert.Contains("USD", error.Message);
    }

    [Fact]
    public void Compare_MixedCurrencies_Throws() =>
        Assert.Throws<MixedCurrencyException>(() => new Money(1m, "EUR") > new Money(1m, "USD"));

    [Theory]
    [InlineData("12.34", "MXN")]
    [InlineData("12.3400", "MXN")]
    [InlineData("1500", "JPY")]
    [InlineData("1.234", "KWD")]
    [InlineData("1.2345", "CLF")]
    [InlineData("99999999999999.99", "USD")]
    public void Positive_ValidAmount_Accepted(string amount, string currency)
    {
        var money = Money.Positive(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency, "amount", "currency");

        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData("0", "MXN", "amount.not-positive")]
    [InlineData("-1", "MXN", "amount.not-positive")]
    [InlineData("12.345", "MXN", "amount.too-many-decimals")]
    [InlineData("1.5", "JPY", "amount.too-many-decimals")]
    [InlineData("12345678901234567890", "MXN", "amount.too-large")]
    [InlineData("100000000000000", "MXN", "amount.too-large")]
    [InlineData("10", "XYZ", "currency.unknown")]
    [InlineData("10", "usd", "currency.unknown")]
    public void Positive_InvalidAmount_ThrowsWithCodeAndField(string amount, string currency, string code)
    {
        var error = Assert.ThrowsAny<DomainValidationException>(() => Money.Positive(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency, "amount", "currency"));

        Assert.Equal(code, error.Code);
        Assert.Equal(code.StartsWith("currency", StringComparison.Ordinal) ? "currency" : "amount", error.Field);
    }

    [Fact]
    public void Currency_Table_KnowsDecimals()
    {
        Assert.Equal(2, Currency.DecimalsOf("MXN"));
        Assert.Equal(0, Currency.DecimalsOf("JPY"));
        Assert.Equal(3, Currency.DecimalsOf("BHD"));
        Assert.True(Currency.IsKnown("EUR"));
        Assert.False(Currency.IsKnown("EURO"));
    }

    [Theory]
    [InlineData("400", "EUR", "400.00 EUR")]
    [InlineData("1200.5", "MXN", "1200.50 MXN")]
    [InlineData("5000.0000", "JPY", "5000 JPY")]
    public void ToString_AnyScale_ShowsTheCurrencyDecimals(string amount, string currency, string expected)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency);

        Assert.Equal(expected, money.ToString());
    }
}
