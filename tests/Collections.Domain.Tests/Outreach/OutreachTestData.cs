using Collections.Domain.Outreach.Templates;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Tests.Outreach;

/// <summary>The repository's own templates and a sample case, shared by the outreach tests.</summary>
internal static class OutreachTestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static OutreachTemplateOptions TemplateOptions() => new()
    {
        Directory = Path.Combine(RepositoryRoot, "workflows", "templates"),
        Company = new()
        {
            Name = "Distribuidora Andina", TaxId = "DAN-900123456", Phone = "+52 55 1234 5678", Email = "cobranza@andina.example",
            Address = "Av. Reforma 100, Ciudad de México", Signature = "Equipo de Cobranza",
            Payment = new(StringComparer.OrdinalIgnoreCase) { ["MXN"] = "https://pay.andina.example", ["COP"] = "https://pay.andina.example/co", ["EUR"] = "https://pay.andina.example/eu", ["USD"] = "https://pay.andina.example/us", ["BRL"] = "https://pay.andina.example/br" },
        },
    };

    public static TemplateCatalog Catalog() => new(Options.Create(TemplateOptions()));

    public static TemplateRenderer Renderer() => new(Catalog(), Options.Create(TemplateOptions()));

    /// <summary>A case as the process holds it: every variable any template reads.</summary>
    public static Dictionary<string, object?> SampleCase(string language, string country, string currency) => new()
    {
        ["caseId"] = "0f8fad5b-d9cb-469f-a165-70867728950e",
        ["debtorName"] = "Ferretería El Martillo",
        ["debtorLanguage"] = language,
        ["debtorCountry"] = country,
        ["debtorTimeZone"] = "America/Mexico_City",
        ["invoiceNumber"] = "F-2026-0042",
        ["amount"] = 18500.00m,
        ["balance"] = 12345.67m,
        ["currency"] = currency,
        ["dueDate"] = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
        ["daysOverdue"] = 15L,
        ["promiseAmount"] = 5000m,
        ["promiseDate"] = new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero),
        ["installments"] = 3L,
        ["installmentIntervalDays"] = 30L,
        ["discountPercent"] = 10L,
        ["settlementOfferValidity"] = "P10D",
        ["disputeReason"] = "not-received",
    };

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Collections.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Collections.sln not found above the test output folder.");
    }
}
