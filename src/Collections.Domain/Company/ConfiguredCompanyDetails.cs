using Collections.Domain.Outreach.Templates;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Company;

/// <summary>Outreach without the domain (no database): the details are configuration's.</summary>
public sealed class ConfiguredCompanyDetails(IOptions<OutreachTemplateOptions> options) : ICompanyDetailsSource
{
    public Task<CompanyDetailsValues> GetAsync(CancellationToken cancellationToken) => Task.FromResult(options.Value.Company.ToValues());
}
