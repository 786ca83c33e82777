using Collections.Domain.Cases;

namespace Collections.Domain.Tests.Cases;

public sealed class CasePriorityOptionsTests
{
    [Fact]
    public void Compute_DocumentedExample_Scores95()
    {
        var options = new CasePriorityOptions();

        var priority = options.Compute(balance: 9_999m, daysOverdue: 30, riskScore: 50, brokenPromises: 0);

        Assert.Equal(95, priority);
    }

    [Fact]
    public void Compute_BrokenPromise_Adds25()
    {
        var options = new CasePriorityOptions();

        Assert.Equal(options.Compute(1000m, 10, 20, 0) + 25, options.Compute(1000m, 10, 20, 1));
    }

    [Fact]
    public void Compute_DaysBeyondCap_AddNothing()
    {
        var options = new CasePriorityOptions { DaysCap = 180 };

        Assert.Equal(options.Compute(1000m, 180, 0, 0), options.Compute(1000m, 400, 0, 0));
    }
}
