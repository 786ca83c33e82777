using System.Net.Mail;
using System.Text.RegularExpressions;
using Collections.Domain.Errors;

namespace Collections.Domain.Company;

/// <summary>
/// Checks what an admin saves: lengths, an e-mail that is an address, currencies as three-letter ISO codes, no blank
/// payment instructions. Each rule has its stable code (docs/api.md, "Error codes"). Text is trimmed; empty is allowed
/// (the details may be filled in over several visits; the missing ones are listed).
/// </summary>
public static partial class CompanyDetailsValidator
{
    public const string TooLongCode = "company.field-too-long";
    public const string EmailInvalidCode = "company.email-invalid";
    public const string CurrencyInvalidCode = "company.currency-invalid";
    public const string PaymentEmptyCode = "company.payment-empty";

    /// <summary>At most this many currencies (a payment line per currency the company bills in).</summary>
    public const int MaxCurrencies = 20;

    public static CompanyDetailsValues Check(CompanyDetailsInput input)
    {
        var email = Text(input.Email, CompanyFields.Email, CompanyDetails.TextMaxLength);
        if (email.Length > 0 && !IsEmail(email))
        {
            throw new DomainValidationException(EmailInvalidCode, CompanyFields.Email, $"'{email}' is not an e-mail address (e.g. cobranza@empresa.com).");
        }

        return new CompanyDetailsValues(
            Text(input.Name, CompanyFields.Name, CompanyDetails.TextMaxLength),
            Text(input.TaxId, CompanyFields.TaxId, CompanyDetails.TextMaxLength),
            Payment(input.Payment),
            Text(input.Phone, CompanyFields.Phone, CompanyDetails.TextMaxLength),
            email,
            Text(input.Address, CompanyFields.Address, CompanyDetails.LongTextMaxLength),
            Text(input.Signature, CompanyFields.Signature, CompanyDetails.LongTextMaxLength));
    }

    private static Dictionary<string, string> Payment(IReadOnlyDictionary<string, string?>? payment)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (payment is null) return result;
        if (payment.Count > MaxCurrencies)
        {
            throw new DomainValidationException(TooLongCode, CompanyFields.Payment, $"At most {MaxCurrencies} currencies.");
        }

        foreach (var (code, text) in payment)
        {
            var currency = code.Trim().ToUpperInvariant();
            var field = $"{CompanyFields.Payment}.{code}";
            if (!Currency().IsMatch(currency) || result.ContainsKey(currency))
            {
                throw new DomainValidationException(CurrencyInvalidCode, field, $"'{code}' is not a three-letter ISO currency code (COP, MXN, EUR, USD), or it is listed twice.");
            }

            var value = Text(text, field, CompanyDetails.LongTextMaxLength);
            if (value.Length == 0)
            {
                throw new DomainValidationException(PaymentEmptyCode, field, $"Give the payment instructions or link for {currency}, or remove the currency.");
            }

            result[currency] = value;
        }

        return result;
    }

    private static string Text(string? value, string field, int max)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length > max) throw new DomainValidationException(TooLongCode, field, $"At most {max} characters.");
        return trimmed;
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Currency();
}
