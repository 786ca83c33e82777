namespace Collections.Domain.Company;

/// <summary>The company details' values, as a template reads them; empty text means "not set".</summary>
public sealed record CompanyDetailsValues(
    string Name,
    string TaxId,
    IReadOnlyDictionary<string, string> Payment,
    string Phone,
    string Email,
    string Address,
    string Signature)
{
    public static CompanyDetailsValues Empty { get; } = new("", "", new Dictionary<string, string>(), "", "", "", "");

    /// <summary>The value of <paramref name="field"/> (see <see cref="CompanyFields"/>); for payment, the one for <paramref name="currency"/>.</summary>
    public string ValueOf(string field, string? currency) => field switch
    {
        CompanyFields.Name => Name,
        CompanyFields.TaxId => TaxId,
        CompanyFields.Payment => currency is null
            ? string.Join(" · ", Payment.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Payment.Count == 1 ? p.Value : $"{p.Key}: {p.Value}")) // a statement spans currencies
            : Payment.TryGetValue(currency.ToUpperInvariant(), out var text) ? text : "",
        CompanyFields.Phone => Phone,
        CompanyFields.Email => Email,
        CompanyFields.Address => Address,
        CompanyFields.Signature => Signature,
        _ => "",
    };

    /// <summary>
    /// The fields of <paramref name="used"/> with no value, in <see cref="CompanyFields.All"/> order; a payment with no
    /// instructions for <paramref name="currency"/> is <c>payment:CUR</c> (or <c>payment</c> when the currency is unknown).
    /// </summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> used, string? currency)
    {
        var wanted = used.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. CompanyFields.All.Where(f => wanted.Contains(f) && string.IsNullOrWhiteSpace(ValueOf(f, currency)))
                .Select(f => f == CompanyFields.Payment && !string.IsNullOrWhiteSpace(currency) ? CompanyFields.PaymentFor(currency.ToUpperInvariant()) : f),
        ];
    }

    /// <summary>Whether every field and every currency's instructions are the same text.</summary>
    public bool SameAs(CompanyDetailsValues other) =>
        Name == other.Name && TaxId == other.TaxId && Phone == other.Phone && Email == other.Email && Address == other.Address
        && Signature == other.Signature && Payment.Count == other.Payment.Count
        && Payment.All(p => other.Payment.TryGetValue(p.Key, out var v) && v == p.Value);
}
