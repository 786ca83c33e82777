namespace Collections.Domain.Company;

/// <summary>Where the send steps read the company details from: the database with the domain, configuration without it.</summary>
public interface ICompanyDetailsSource
{
    Task<CompanyDetailsValues> GetAsync(CancellationToken cancellationToken);
}
