using System.Globalization;
using Collections.Domain.Company;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Collections.Domain.Outreach.Templates;

/// <summary>
/// Renders a catalog template with process variables in the debtor's language. Variables are strict: a name the
/// variables do not have fails the render with <see cref="TemplateRenderException"/> (file, line, name) instead of
/// printing nothing. Filters for the culture: <c>money</c> (uses <c>currency</c>), <c>money_in: code</c> (a line's own
/// currency, as on a statement), <c>date</c>, <c>number</c>.
/// </summary>
public sealed class TemplateRenderer(TemplateCatalog catalog, IOptions<OutreachTemplateOptions> options)
{
    /// <summary>The configured company details, for outreach without the domain's database.</summary>
    public ICompanyDetailsSource Configured => new ConfiguredCompanyDetails(options);

    /// <summary>Renders with the configured company details (the simulator, contact scenarios: no database).</summary>
    public RenderedMessage Render(string key, IReadOnlyDictionary<string, object?> variables) => Render(key, variables, options.Value.Company.ToValues());

    /// <summary>
    /// Renders with <paramref name="company"/> (the stored details). A company detail the template prints and that is
    /// empty fails with <see cref="CompanyDetailsMissingException"/> naming every such field: no message with a hole.
    /// </summary>
    public RenderedMessage Render(string key, IReadOnlyDictionary<string, object?> variables, CompanyDetailsValues company)
    {
        var language = OutreachCultures.Language(Text(variables, "debtorLanguage"), catalog.DefaultLanguage);
        var template = catalog.Get(key, language);
        CheckCompanyFields(template, company, Text(variables, "currency"));
        var writtenIn = template.File.Split('.')[^2];
        var culture = OutreachCultures.For(writtenIn, Text(variables, "debtorCountry"));
        var context = CreateContext(variables, culture, company);
        var subject = Run(template, template.Subject, context).Trim();
        var body = Run(template, template.Body, context).Trim() + "\n";
        return new RenderedMessage(key, writtenIn, culture.Name, subject, body);
    }

    /// <summary>
    /// The company details template <paramref name="key"/> (in the debtor's language) prints that are empty, without
    /// rendering: a send step asks before it records its intent.
    /// </summary>
    public IReadOnlyList<string> MissingCompanyFields(string key, IReadOnlyDictionary<string, object?> variables, CompanyDetailsValues company)
    {
        var template = catalog.Get(key, OutreachCultures.Language(Text(variables, "debtorLanguage"), catalog.DefaultLanguage));
        return company.Missing(template.CompanyFields, Text(variables, "currency"));
    }

    /// <summary>An unknown <c>company.x</c> is a template error; a known one left empty is a wait for an admin.</summary>
    private static void CheckCompanyFields(ParsedTemplate template, CompanyDetailsValues company, string? currency)
    {
        if (template.CompanyFields.FirstOrDefault(f => !CompanyFields.All.Contains(f)) is { } unknown)
        {
            throw new TemplateRenderException(TemplateRenderException.MissingVariable, template.File,
                $"'company.{unknown}' is not a company detail; use one of company.{string.Join(", company.", CompanyFields.All)}.");
        }

        var missing = company.Missing(template.CompanyFields, currency);
        if (missing.Count > 0) throw new CompanyDetailsMissingException(template.File, missing);
    }

    private static TemplateContext CreateContext(IReadOnlyDictionary<string, object?> variables, CultureInfo culture, CompanyDetailsValues company)
    {
        var globals = new ScriptObject(StringComparer.Ordinal);
        foreach (var (name, value) in variables) globals[name] = value;
        var currency = Text(variables, "currency");
        var details = new ScriptObject(StringComparer.Ordinal);
        foreach (var field in CompanyFields.All) details[field] = company.ValueOf(field, currency);
        globals["company"] = details;
        globals.Import("money", new Func<object?, string>(v => OutreachCultures.Money(ToDecimal(v, "money"), currency, culture)));
        globals.Import("money_in", new Func<object?, object?, string>((v, code) => OutreachCultures.Money(ToDecimal(v, "money_in"), code?.ToString(), culture)));
        globals.Import("date", new Func<object?, string>(v => OutreachCultures.Date(ToDate(v), culture)));
        globals.Import("number", new Func<object?, string>(v => ToDecimal(v, "number").ToString("#,##0.##", culture)));
        globals.Import("percent_off", new Func<object?, object?, decimal>((v, percent) =>
            decimal.Round(ToDecimal(v, "percent_off") * (100m - ToDecimal(percent, "percent_off")) / 100m, 2)));
        globals.Import("days", new Func<object?, string>(v => Days(v).ToString(culture)));
        var context = new TemplateContext { StrictVariables = true, MemberRenamer = member => member.Name };
        context.PushCulture(culture);
        context.PushGlobal(globals);
        return context;
    }

    private static string Run(ParsedTemplate file, Template template, TemplateContext context)
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex) when (ex.OriginalMessage.Contains("was not found", StringComparison.Ordinal))
        {
            throw new TemplateRenderException(TemplateRenderException.MissingVariable, file.File,
                $"{ex.OriginalMessage} (line {ex.Span.Start.Line + 1}). Pass it as a process variable or remove it from the template.", ex);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateRenderException(TemplateRenderException.Invalid, file.File, $"{ex.OriginalMessage} (line {ex.Span.Start.Line + 1}).", ex);
        }
        catch (FormatException ex)
        {
            throw new TemplateRenderException(TemplateRenderException.Invalid, file.File, ex.Message, ex);
        }
    }

    private static string? Text(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.TryGetValue(name, out var value) ? value?.ToString() : null;

    private static decimal ToDecimal(object? value, string filter) => value switch
    {
        decimal d => d,
        long l => l,
        int i => i,
        double d => (decimal)d,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new FormatException($"filter '{filter}' needs a number, got '{value}'."),
    };

    /// <summary>Whole days of an ISO-8601 duration such as <c>P10D</c> (how validity periods are kept), or of a number.</summary>
    private static long Days(object? value) => value switch
    {
        long l => l,
        string s when NodaTime.Text.PeriodPattern.NormalizingIso.Parse(s) is { Success: true } parsed =>
            (long)parsed.Value.Normalize().ToDuration().TotalDays,
        _ => throw new FormatException($"filter 'days' needs an ISO-8601 duration such as P10D, got '{value}'."),
    };

    private static DateTimeOffset ToDate(object? value) => value switch
    {
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        _ => throw new FormatException($"filter 'date' needs a date, got '{value}'."),
    };
}
