using System.Globalization;
using Collections.Domain.Amounts;

namespace Collections.Domain.Cases;

/// <summary>
/// Builds the arguments of a timeline line: culture-invariant strings (amounts with a point, days as yyyy-MM-dd) that
/// the staff UI formats in the reader's language. Absent values are left out rather than stored as empty text.
/// </summary>
public static class TimelineArguments
{
    public static Dictionary<string, string> Of(params (string Name, string? Value)[] pairs)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            if (value is not null) arguments[name] = value;
        }

        return arguments;
    }

    /// <summary>An amount as the UI parses it back (invariant, no grouping).</summary>
    public static string Amount(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Flag(bool value) => value ? "true" : "false";

    /// <summary>Adds <c>amount</c> and <c>currency</c> (or <paramref name="prefix"/>Amount / Currency).</summary>
    public static Dictionary<string, string> With(this Dictionary<string, string> arguments, Money money, string prefix = "")
    {
        arguments[prefix.Length == 0 ? "amount" : prefix + "Amount"] = Amount(money.Amount);
        arguments[prefix.Length == 0 ? "currency" : prefix + "Currency"] = money.Currency;
        return arguments;
    }
}
