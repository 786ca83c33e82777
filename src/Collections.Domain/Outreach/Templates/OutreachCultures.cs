using System.Globalization;

namespace Collections.Domain.Outreach.Templates;

/// <summary>
/// Picks the culture for money and dates from the debtor's language and country: <c>es</c>+<c>MX</c> is es-MX,
/// <c>es</c>+<c>ES</c> es-ES, <c>en</c>+<c>US</c> en-US. An unknown pair falls back to the language's default.
/// </summary>
public static class OutreachCultures
{
    /// <summary>The two-letter language of a tag such as <c>es-MX</c> or <c>EN</c>; null or blank gives <paramref name="fallback"/>.</summary>
    public static string Language(string? language, string fallback) =>
        string.IsNullOrWhiteSpace(language) ? fallback : language.Trim().Split('-', '_')[0].ToLowerInvariant();

    public static CultureInfo For(string language, string? country)
    {
        if (!string.IsNullOrWhiteSpace(country))
        {
            try
            {
                return CultureInfo.GetCultureInfo($"{language}-{country.Trim().ToUpperInvariant()}", predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                // fall through to the language default
            }
        }

        return CultureInfo.GetCultureInfo(language switch
        {
            "en" => "en-US",
            "es" => "es-ES",
            _ => language,
        });
    }

    /// <summary>
    /// Formats money in the culture's layout. The culture's own symbol is used only for its own currency (MXN in es-MX
    /// is <c>$</c>); any other currency shows its ISO code, so USD never looks like MXN.
    /// </summary>
    public static string Money(decimal amount, string? currency, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        var native = culture.IsNeutralCulture ? null : new RegionInfo(culture.Name).ISOCurrencySymbol;
        if (!string.IsNullOrWhiteSpace(currency) && !string.Equals(currency, native, StringComparison.OrdinalIgnoreCase))
        {
            format.CurrencySymbol = currency.ToUpperInvariant();
            if (format.CurrencyPositivePattern == 0) format.CurrencyPositivePattern = 2; // "$n" becomes "USD n"
            if (format.CurrencyNegativePattern == 1) format.CurrencyNegativePattern = 9;
        }

        return amount.ToString("C", format);
    }

    /// <summary>A calendar date (due dates are dates: the UTC day is the date) in the culture's long form.</summary>
    public static string Date(DateTimeOffset value, CultureInfo culture) =>
        value.UtcDateTime.ToString(culture.DateTimeFormat.LongDatePattern, culture);
}
