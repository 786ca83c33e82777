using Collections.Domain.Amounts;
using Collections.Domain.Errors;
using Collections.Domain.Invoices;

namespace Collections.Domain.Tests.Invoices;

public sealed class InvoiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Invoice NewInvoice() =>
        new(Guid.NewGuid(), Guid.NewGuid(), new InvoiceInput("X", "F-1", "D-1", 1000m, "MXN", new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)), Now);

    [Fact]
    public void ApplyPayment_PartialThenRest_PaidAtZero()
    {
        var invoice = NewInvoice();

        var firstFull = invoice.ApplyPayment(new Money(400m, "MXN"), Now);
        var secondFull = invoice.ApplyPayment(new Money(600m, "MXN"), Now);

        Assert.False(firstFull);
        Assert.True(secondFull);
        Assert.Equal(InvoiceStatuses.Paid, invoice.Status);
        Assert.Equal(0m, invoice.Balance);
    }

    [Fact]
    public void ApplyPayment_OtherCurrency_RefusedBalanceUnchanged()
    {
        var invoice = NewInvoice();

        Assert.Throws<MixedCurrencyException>(() => invoice.ApplyPayment(new Money(10m, "USD"), Now));
        Assert.Equal(1000m, invoice.Balance);
    }

    [Fact]
    public void Update_AfterPayment_AmountLocked()
    {
        var invoice = NewInvoice();
        invoice.ApplyPayment(new Money(10m, "MXN"), Now);

        Assert.Throws<DomainConflictException>(() => invoice.Update(new InvoiceInput("X", "F-1", "D-1", 2000m, "MXN", new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)), Now));
    }

    [Fact]
    public void DaysOverdue_BeforeAndAfterDue_NeverNegative()
    {
        var invoice = NewInvoice();

        Assert.Equal(0, invoice.DaysOverdue(new DateOnly(2026, 1, 15)));
        Assert.Equal(10, invoice.DaysOverdue(new DateOnly(2026, 2, 11)));
    }
}
