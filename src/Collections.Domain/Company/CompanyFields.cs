namespace Collections.Domain.Company;

/// <summary>
/// The company details a template can read, by the name it reads them (<c>company.phone</c>), which is also the name
/// the API, the admin page and the "missing" lists use. <see cref="Payment"/> is the payment instructions or link for
/// the message's currency; a missing one is reported as <c>payment:COP</c>.
/// </summary>
public static class CompanyFields
{
    public const string Name = "name";
    public const string TaxId = "taxId";
    public const string Payment = "payment";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Address = "address";
    public const string Signature = "signature";

    /// <summary>Every field, in the order the admin page shows them.</summary>
    public static IReadOnlyList<string> All { get; } = [Name, TaxId, Payment, Phone, Email, Address, Signature];

    /// <summary>The entry of a missing payment instruction for one currency: <c>payment:COP</c>.</summary>
    public static string PaymentFor(string currency) => $"{Payment}:{currency}";
}
