namespace Collections.Server.Cli.Demo;

/// <summary>
/// A country the demo debtors live in: its language, time zone, currency, the factor that turns a base amount into a
/// plausible invoice there, sample company names and a fictitious phone prefix (numbers reserved for fiction where the
/// country has them).
/// </summary>
internal sealed record DemoCountry(string Code, string Language, string TimeZone, string Currency, decimal AmountFactor, string PhonePrefix, IReadOnlyList<string> Companies)
{
    public static IReadOnlyList<DemoCountry> All { get; } =
    [
        new("MX", "es", "America/Mexico_City", "MXN", 10m, "+525555500",
            ["Ferretería López SA de CV", "Abarrotes Hermanos Ruiz SA de CV", "Papelería La Pluma SA de CV", "Refaccionaria Del Bajío SA de CV", "Tortillería San Ángel SA de CV"]),
        new("CO", "es", "America/Bogota", "COP", 1000m, "+576015550",
            ["Distribuidora Andina S.A.S.", "Café La Montaña Ltda.", "Ferretería El Tornillo S.A.S.", "Textiles Medellín S.A.S.", "Panadería La Espiga S.A.S."]),
        new("ES", "es", "Europe/Madrid", "EUR", 1m, "+34910555",
            ["Talleres Martín S.L.", "Suministros Levante S.A.", "Imprenta Sol y Sombra S.L.", "Frutas Hermanos Gil S.L.", "Construcciones Duero S.L."]),
        new("US", "en", "America/New_York", "USD", 1m, "+12125550",
            ["Acme Hardware Inc.", "Blue River Supplies LLC", "Northwind Traders Inc.", "Lakeside Office Goods LLC", "Summit Auto Parts Inc."]),
    ];
}
