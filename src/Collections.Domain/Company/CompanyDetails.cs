namespace Collections.Domain.Company;

/// <summary>
/// The sender's facts every message prints (who writes, how to pay, whom to contact), kept as the single row of
/// <c>domain_company_details</c> so an admin edits them without a deployment. Configuration only seeds an empty row
/// (<see cref="CompanyDetailsSeeder"/>); once <see cref="UpdatedBy"/> is set an admin owns the values.
/// </summary>
public sealed class CompanyDetails
{
    /// <summary>The one row's key.</summary>
    public const int SingletonId = 1;

    public const int TextMaxLength = 200;
    public const int LongTextMaxLength = 1000;

    private CompanyDetails()
    {
    }

    public CompanyDetails(CompanyDetailsValues values, bool isExample, DateTimeOffset at, string? by)
    {
        Id = SingletonId;
        Apply(values, isExample, at, by);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string TaxId { get; private set; } = "";

    /// <summary>Payment instructions or link per ISO currency (<c>COP</c> → "https://pay.example/co").</summary>
    public IReadOnlyDictionary<string, string> Payment { get; private set; } = new Dictionary<string, string>();

    public string Phone { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string Signature { get; private set; } = "";

    /// <summary>Seeded from configuration marked as example values (Development): the admin page says so.</summary>
    public bool IsExample { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The admin who saved the values last; null while they are the configuration's seed.</summary>
    public string? UpdatedBy { get; private set; }

    public CompanyDetailsValues Values => new(Name, TaxId, Payment, Phone, Email, Address, Signature);

    public void Apply(CompanyDetailsValues values, bool isExample, DateTimeOffset at, string? by)
    {
        (Name, TaxId, Payment, Phone, Email, Address, Signature) =
            (values.Name, values.TaxId, new Dictionary<string, string>(values.Payment, StringComparer.Ordinal), values.Phone, values.Email, values.Address, values.Signature);
        (IsExample, UpdatedAt, UpdatedBy) = (isExample, at, by);
    }
}
