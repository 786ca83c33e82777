using Collections.Domain.Amounts;
using Collections.Domain.Errors;
using Collections.Domain.Promises;

namespace Collections.Domain.Tests.Promises;

public sealed class PromiseToPayTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void CountPayment_ReachesAmountByDate_Kept()
    {
        var promise = new PromiseToPay(Guid.NewGuid(), Guid.NewGuid(), new Money(500m, "MXN"), Today.AddDays(5), Today, Now);

        Assert.False(promise.CountPayment(new Money(200m, "MXN"), Today.AddDays(1), Now));
        Assert.True(promise.CountPayment(new Money(300m, "MXN"), Today.AddDays(5), Now));
        Assert.Equal(PromiseStatuses.Kept, promise.Status);
    }

    [Fact]
    public void CountPayment_AfterDate_DoesNotKeep()
    {
        var promise = new PromiseToPay(Guid.NewGuid(), Guid.NewGuid(), new Money(500m, "MXN"), Today.AddDays(5), Today, Now);

        Assert.False(promise.CountPayment(new Money(500m, "MXN"), Today.AddDays(6), Now));
        Assert.Equal(PromiseStatuses.Open, promise.Status);
    }

    [Fact]
    public void New_DateInPast_NamesPromiseDate() =>
        Assert.Equal("promiseDate", Assert.Throws<DomainValidationException>(() =>
            new PromiseToPay(Guid.NewGuid(), Guid.NewGuid(), new Money(1m, "MXN"), Today.AddDays(-1), Today, Now)).Field);

    [Fact]
    public void DueInstant_MexicoCity_MidnightAfterThePromisedDayLocal()
    {
        var due = PromiseService.DueInstant(new DateOnly(2026, 3, 5), "America/Mexico_City");

        Assert.Equal(new DateTimeOffset(2026, 3, 6, 6, 0, 0, TimeSpan.Zero), due);
    }
}
