using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// The variables a template is rendered with, as the send workers and the preview endpoint both build them: the
/// process variables, the debtor's current language, zone and country over the ones copied when the case opened, and
/// <c>daysOverdue</c> counted again on the debtor's calendar.
/// </summary>
public static class OutreachModel
{
    public static void Apply(Dictionary<string, object?> variables, OutreachContactFacts facts, Instant now)
    {
        if (facts.Language is { } language) variables["debtorLanguage"] = language;
        if (facts.TimeZone is { } zone) variables["debtorTimeZone"] = zone;
        if (facts.Country is { } country) variables["debtorCountry"] = country;
        RefreshDaysOverdue(variables, now, TaskVariables.Text(variables, "debtorTimeZone"));
    }

    /// <summary>The case a task belongs to: the facts' own, else the <c>caseId</c> variable.</summary>
    public static Guid? CaseId(IReadOnlyDictionary<string, object?> variables, OutreachContactFacts? facts) =>
        facts?.CaseId ?? (Guid.TryParse(TaskVariables.Text(variables, "caseId"), out var id) ? id : null);

    /// <summary><c>daysOverdue</c> is set when the case opens; a day-21 e-mail must say 21, so it is counted again on the debtor's calendar.</summary>
    private static void RefreshDaysOverdue(Dictionary<string, object?> variables, Instant now, string? zoneId)
    {
        if (!variables.TryGetValue("dueDate", out var due) || due is not DateTimeOffset dueDate) return;
        var zone = (zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)) ?? DateTimeZone.Utc;
        var days = Period.Between(LocalDate.FromDateTime(dueDate.UtcDateTime), now.InZone(zone).Date, PeriodUnits.Days).Days;
        variables["daysOverdue"] = (long)Math.Max(0, days);
    }
}
