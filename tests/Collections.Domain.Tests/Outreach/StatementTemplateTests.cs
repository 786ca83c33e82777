using Collections.Domain.Outreach.Statements;

namespace Collections.Domain.Tests.Outreach;

/// <summary>The statement templates list each invoice with its own currency and a total per currency, in the debtor's language.</summary>
public sealed class StatementTemplateTests
{
    private static readonly StatementItem[] Lines =
    [
        new(Guid.NewGuid(), "F-2026-0041", new DateOnly(2026, 2, 20), 1200.50m, "MXN", 10),
        new(Guid.NewGuid(), "F-2026-0042", new DateOnly(2026, 2, 25), 300m, "USD", 5),
        new(Guid.NewGuid(), "F-2026-0043", new DateOnly(2026, 2, 27), 99.50m, "MXN", 3),
    ];

    [Fact]
    public void Render_StatementSpanishMexico_ListsEveryInvoiceAndTotalPerCurrency()
    {
        var renderer = OutreachTestData.Renderer();

        var message = renderer.Render("statement", StatementModel.Variables(Lines, OutreachTestData.SampleCase("es", "MX", "MXN")));

        Assert.Equal("Estado de cuenta: 3 facturas pendientes de pago", message.Subject);
        Assert.Contains("- Factura F-2026-0041: $1,200.50 pendiente, vencida el viernes, 20 de febrero de 2026 (10 días de atraso)\n", message.Body);
        Assert.Contains("- Factura F-2026-0042: USD 300.00 pendiente, vencida el miércoles, 25 de febrero de 2026 (5 días de atraso)\n", message.Body);
        Assert.Contains("Total pendiente:\n- $1,300.00\n- USD 300.00\n", message.Body);
        Assert.Contains("Estimado(a) Ferretería El Martillo:", message.Body);
        Assert.DoesNotContain("{{", message.Body);
        Assert.DoesNotContain("\n\n\n", message.Body); // the loops leave no blank holes
    }

    [Fact]
    public void Render_StatementEnglishUnitedStates_ListsEveryInvoiceAndTotalPerCurrency()
    {
        var renderer = OutreachTestData.Renderer();

        var message = renderer.Render("statement", StatementModel.Variables(Lines, OutreachTestData.SampleCase("en", "US", "USD")));

        Assert.Equal("Account statement: 3 invoices awaiting payment", message.Subject);
        Assert.Contains("- Invoice F-2026-0042: $300.00 outstanding, due Wednesday, February 25, 2026 (5 days overdue)\n", message.Body);
        Assert.Contains("Total outstanding:\n- MXN 1,300.00\n- $300.00\n", message.Body);
        Assert.DoesNotContain("{{", message.Body);
    }

    [Theory]
    [InlineData("es", "MX", "MXN", "tiene 3 facturas vencidas por $1,300.00 y USD 300.00.")]
    [InlineData("en", "US", "USD", "you have 3 overdue invoices totaling MXN 1,300.00 and $300.00.")]
    public void Render_StatementSms_OneLineWithTotalsPerCurrency(string language, string country, string currency, string expected)
    {
        var renderer = OutreachTestData.Renderer();

        var message = renderer.Render("statement-sms", StatementModel.Variables(Lines, OutreachTestData.SampleCase(language, country, currency)));

        Assert.Contains(expected, message.Subject);
        Assert.DoesNotContain("\n", message.Subject);
    }
}
