using Collections.Domain.Outreach.Templates;

namespace Collections.Domain.Tests.Outreach;

public sealed class TemplateRendererTests
{
    public static TheoryData<string, string> EveryTemplateAndLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var (key, languages) in OutreachTestData.Catalog().Keys)
        {
            if (key.StartsWith("statement", StringComparison.Ordinal)) continue; // rendered with invoice lines: StatementTemplateTests
            foreach (var language in languages) data.Add(key, language);
        }

        return data;
    }

    [Fact]
    public void Catalog_DefaultTemplates_HasEveryKeyInSpanishAndEnglish()
    {
        var catalog = OutreachTestData.Catalog();

        var keys = catalog.Keys;

        string[] expected =
        [
            "broken-promise", "courtesy-reminder", "dispute-acknowledgement", "friendly-reminder", "legal-warning", "payment-plan-confirmation",
            "payment-receipt", "promise-confirmation", "second-reminder", "service-suspension-notice", "settlement-offer", "statement",
            "statement-sms", "warning",
        ];
        Assert.Equal(expected, keys.Keys);
        Assert.All(keys.Values, languages => Assert.Equal(["en", "es"], languages));
    }

    [Fact]
    public void Render_FriendlyReminderSpanishMexico_FormatsPesosAndDateInEsMx()
    {
        var renderer = OutreachTestData.Renderer();

        var message = renderer.Render("friendly-reminder", OutreachTestData.SampleCase("es", "MX", "MXN"));

        Assert.Equal("es-MX", message.Culture);
        Assert.Equal("Recordatorio amable: factura F-2026-0042 pendiente de pago", message.Subject);
        Assert.Contains("Estimado(a) Ferretería El Martillo:", message.Body);
        Assert.Contains("Importe pendiente: $12,345.67", message.Body);
        Assert.Contains("Fecha de vencimiento: lunes, 2 de marzo de 2026", message.Body);
        Assert.Contains("Días de atraso: 15", message.Body);
        Assert.Contains("https://pay.andina.example", message.Body);
    }

    [Fact]
    public void Render_FriendlyReminderSpanishSpain_FormatsEurosInEsEs()
    {
        var renderer = OutreachTestData.Renderer();

        var message = renderer.Render("friendly-reminder", OutreachTestData.SampleCase("es", "ES", "EUR"));

        Assert.Equal("es-ES", message.Culture);
        Assert.Contains("Importe pendiente: 12.345,67 €", message.Body);
        Assert.Contains("lunes, 2 de marzo de 2026", message.Body);
    }

    [Fact]
    public void Render_FriendlyReminderEnglish_FormatsDollarsAndDateInEnUs()
    {
        var renderer = OutreachTestData.Renderer();

        var message = renderer.Render("friendly-reminder", OutreachTestData.SampleCase("en", "US", "USD"));

        Assert.Equal("en-US", message.Culture);
        Assert.Equal("Friendly reminder: invoice F-2026-0042 is unpaid", message.Subject);
        Assert.Contains("Amount due: $12,345.67", message.Body);
        Assert.Contains("Due date: Monday, March 2, 2026", message.Body);
        Assert.Contains("Days overdue: 15", message.Body);
    }

    [Fact]
    public void Render_ForeignCurrency_ShowsIsoCodeNotLocalSymbol()
    {
        var renderer = OutreachTestData.Renderer();

        var message = renderer.Render("friendly-reminder", OutreachTestData.SampleCase("es", "MX", "USD"));

        Assert.Contains("Importe pendiente: USD 12,345.67", message.Body);
    }

    [Theory]
    [MemberData(nameof(EveryTemplateAndLanguage))]
    public void Render_EveryTemplate_ShowsInvoiceNumberAndCompany(string key, string language)
    {
        var renderer = OutreachTestData.Renderer();
        var variables = language == "es" ? OutreachTestData.SampleCase("es", "MX", "MXN") : OutreachTestData.SampleCase("en", "US", "USD");

        var message = renderer.Render(key, variables);

        Assert.Equal(language, message.Language);
        Assert.Contains("F-2026-0042", message.Subject);
        Assert.Contains("F-2026-0042", message.Body);
        Assert.Contains("Ferretería El Martillo", message.Body);
        Assert.Contains("Distribuidora Andina", message.Body);
        Assert.Matches(@"\$\d{1,3}(,\d{3})*\.\d{2}", message.Body); // an amount in pesos or dollars, formatted by culture
        Assert.DoesNotContain("{{", message.Body);
    }

    [Fact]
    public void Render_SettlementOffer_ShowsDiscountedAmountAndValidity()
    {
        var renderer = OutreachTestData.Renderer();

        var message = renderer.Render("settlement-offer", OutreachTestData.SampleCase("en", "US", "USD"));

        Assert.Contains("Amount to pay with the discount: $11,111.10", message.Body);
        Assert.Contains("valid for 10 days", message.Body);
    }

    [Fact]
    public void Render_MissingVariable_NamesTemplateLineAndVariable()
    {
        var renderer = OutreachTestData.Renderer();
        var variables = OutreachTestData.SampleCase("es", "MX", "MXN");
        variables.Remove("invoiceNumber");

        var error = Assert.Throws<TemplateRenderException>(() => renderer.Render("warning", variables));

        Assert.Equal(TemplateRenderException.MissingVariable, error.Code);
        Assert.Contains("warning.es.liquid", error.Message);
        Assert.Contains("invoiceNumber", error.Message);
        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void Render_UnknownTemplate_ThrowsNotFound()
    {
        var renderer = OutreachTestData.Renderer();

        var error = Assert.Throws<TemplateNotFoundException>(() => renderer.Render("no-such-template", OutreachTestData.SampleCase("es", "MX", "MXN")));

        Assert.Equal("outreach.template-not-found", error.Code);
        Assert.Contains("no-such-template.es.liquid", error.Message);
    }

    [Fact]
    public void Render_LanguageWithoutTemplates_FallsBackToSpanish()
    {
        var renderer = OutreachTestData.Renderer();

        var message = renderer.Render("warning", OutreachTestData.SampleCase("pt", "BR", "BRL"));

        Assert.Equal("es", message.Language);
    }

    [Fact]
    public void MissingTemplateKeys_DefaultPlaybook_FindsNone()
    {
        var catalog = OutreachTestData.Catalog();
        var files = Directory.GetFiles(Path.Combine(OutreachTestData.RepositoryRoot, "workflows"), "*.bpmn");

        var missing = files.SelectMany(f => catalog.MissingTemplateKeys(File.ReadAllText(f))).ToList();

        Assert.NotEmpty(files);
        Assert.Empty(missing);
    }

    [Fact]
    public void MissingTemplateKeys_UnknownKey_IsReported()
    {
        var catalog = OutreachTestData.Catalog();
        const string xml = """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
              <bpmn:process id="p"><bpmn:sendTask id="t"><bpmn:extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="template">frendly-reminder</camunda:inputParameter>
              </camunda:inputOutput></bpmn:extensionElements></bpmn:sendTask></bpmn:process>
            </bpmn:definitions>
            """;

        var missing = catalog.MissingTemplateKeys(xml);

        Assert.Equal(["frendly-reminder"], missing);
    }
}
