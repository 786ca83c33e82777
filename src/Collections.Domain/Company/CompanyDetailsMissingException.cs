using Collections.Engine.Errors;

namespace Collections.Domain.Company;

/// <summary>
/// A message needs company details nobody has filled in yet (<see cref="Fields"/>, e.g. <c>phone</c>, <c>payment:COP</c>).
/// Nothing is sent: the send step waits for an admin (docs/architecture.md, "Company details").
/// </summary>
public sealed class CompanyDetailsMissingException(string template, IReadOnlyList<string> fields)
    : CollectionsException(MissingCode, $"Template '{template}' needs company details that are not set: {string.Join(", ", fields)}. An admin fills them in under Settings, Company details.")
{
    public const string MissingCode = "outreach.company-details-missing";

    public string Template { get; } = template;

    public IReadOnlyList<string> Fields { get; } = fields;
}
