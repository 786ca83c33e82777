namespace Collections.Server.Cli.Demo;

/// <summary>
/// The demo's debtors and invoices: the stories in turn, the countries in turn (MX, CO, ES in Spanish; US in English),
/// so any count of at least <see cref="MinimumDebtors"/> covers every story. Repeats open a day later than the first.
/// </summary>
internal static class DemoCast
{
    /// <summary>Days before the seeding's end at which each story's case opens (its invoice fell due three days before).</summary>
    private static readonly IReadOnlyDictionary<DemoStory, int> OpensDaysAgo = new Dictionary<DemoStory, int>
    {
        [DemoStory.FriendlyReminder] = 2,
        [DemoStory.JuniorCall] = 9,
        [DemoStory.SeniorCall] = 16,
        [DemoStory.LegalCall] = 24,
        [DemoStory.ManagerDecision] = 33,
        [DemoStory.FieldVisit] = 22,
        [DemoStory.PaidAfterReminder] = 27,
        [DemoStory.PartialPayment] = 12,
        [DemoStory.PromiseKept] = 34,
        [DemoStory.PromiseBroken] = 25,
        [DemoStory.BillingDispute] = 11,
        [DemoStory.PurchaseOrderDispute] = 18,
        [DemoStory.DisputeResolved] = 29,
        [DemoStory.PaymentPlan] = 26,
        [DemoStory.SettlementApproved] = 30,
        [DemoStory.SettlementForManager] = 13,
        [DemoStory.SettlementForFinance] = 10,
        [DemoStory.CourtesyCall] = -6, // due in three days: the courtesy call comes before the due date
    };

    /// <summary>One debtor per story.</summary>
    public static int MinimumDebtors => Enum.GetValues<DemoStory>().Length;

    /// <summary>Above the playbook's field-visit threshold (50,000 in the invoice's currency).</summary>
    private const decimal FieldVisitAmount = 60_000m;

    /// <summary>Above the courtesy process's threshold (10,000 in the invoice's currency).</summary>
    private const decimal CourtesyAmount = 15_000m;

    public static IReadOnlyList<DemoCase> Build(int debtors, int days)
    {
        var stories = Enum.GetValues<DemoStory>();
        var cast = new List<DemoCase>(debtors);
        for (var i = 0; i < debtors; i++)
        {
            var story = stories[i % stories.Length];
            var round = i / stories.Length;
            // Colombia allows one channel a week (Ley 2300): after the week's e-mail the senior call would wait, so the
            // field visit's debtor, who needs two calls in two weeks, is Mexican.
            var country = story == DemoStory.FieldVisit ? DemoCountry.All[0] : DemoCountry.All[i % DemoCountry.All.Count];
            var name = country.Companies[i / DemoCountry.All.Count % country.Companies.Count];
            var opens = Math.Min(OpensDaysAgo[story] + round, days - 4);
            cast.Add(new DemoCase(story, country, i + 1, round == 0 ? name : $"{name} ({round + 1})", AmountOf(story, country, i), opens));
        }

        return cast;
    }

    private static decimal AmountOf(DemoStory story, DemoCountry country, int index)
    {
        var amount = (1500m + (index * 1373 % 70 * 100m)) * country.AmountFactor;
        return story switch
        {
            DemoStory.FieldVisit => Math.Max(amount, FieldVisitAmount),
            DemoStory.CourtesyCall => Math.Max(amount, CourtesyAmount),
            _ => amount,
        };
    }
}
