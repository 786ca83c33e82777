namespace Collections.Domain.Cases;

/// <summary>
/// The worklist priority formula, bound from <c>Collections:Domain:Priority</c>:
/// <code>
/// priority = round( AmountWeight × log10(1 + balance)
///                 + DaysWeight   × min(daysOverdue, DaysCap)
///                 + RiskWeight   × riskScore            (0..100)
///                 + BrokenPromiseWeight × brokenPromises )
/// </code>
/// With the defaults a 10,000 balance 30 days late from a risk-50 debtor scores 40 + 30 + 25 = 95; each broken
/// promise adds 25. The balance is taken in its own currency without conversion: keep worklists per currency when
/// magnitudes differ (MXN against USD).
/// </summary>
public sealed class CasePriorityOptions
{
    public const string Section = "Collections:Domain:Priority";

    /// <summary>Points per factor of ten of the balance. Default 10: size matters, but logarithmically.</summary>
    public decimal AmountWeight { get; set; } = 10;

    /// <summary>Points per day overdue. Default 1.</summary>
    public decimal DaysWeight { get; set; } = 1;

    /// <summary>Days overdue beyond this add nothing. Default 180: very old debt is not more urgent each day.</summary>
    public int DaysCap { get; set; } = 180;

    /// <summary>Points per risk-score point. Default 0.5 (a risk-100 debtor adds 50).</summary>
    public decimal RiskWeight { get; set; } = 0.5m;

    /// <summary>Points per broken promise. Default 25: a broken promise is the strongest signal.</summary>
    public decimal BrokenPromiseWeight { get; set; } = 25;

    public int Compute(decimal balance, int daysOverdue, int riskScore, int brokenPromises) =>
        (int)Math.Round(
            (AmountWeight * (decimal)Math.Log10(1 + (double)Math.Max(0, balance))) // only the size's logarithm is a double
            + (DaysWeight * Math.Min(Math.Max(0, daysOverdue), DaysCap))
            + (RiskWeight * riskScore)
            + (BrokenPromiseWeight * brokenPromises),
            MidpointRounding.AwayFromZero);
}
