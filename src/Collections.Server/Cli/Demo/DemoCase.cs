namespace Collections.Server.Cli.Demo;

/// <summary>
/// One demo debtor with its one invoice and its story. <see cref="OpensDaysAgo"/> places the case on the calendar:
/// the invoice falls due <see cref="Collections.Domain.Cases.CaseOptions.GraceDays"/> days earlier and the case opens
/// by itself. The mutable part is what the seeding learned on the way (ids, the acts done, payments to come).
/// </summary>
internal sealed class DemoCase(DemoStory story, DemoCountry country, int number, string debtorName, decimal amount, int opensDaysAgo)
{
    public DemoStory Story { get; } = story;

    public DemoCountry Country { get; } = country;

    public string DebtorName { get; } = debtorName;

    public string DebtorExternalId { get; } = $"DEMO-D{number:000}";

    public string InvoiceNumber { get; } = $"DEMO-{country.Code}-{1000 + number}";

    public decimal Amount { get; } = amount;

    public int OpensDaysAgo { get; } = opensDaysAgo;

    public Guid? InvoiceId { get; set; }

    /// <summary>Task definition keys this case's staff already acted on (each act happens once).</summary>
    public HashSet<string> Acted { get; } = [];

    /// <summary>Payments the debtor will make: when and how much (the same service the REST API calls).</summary>
    public List<DemoPayment> Payments { get; } = [];
}
