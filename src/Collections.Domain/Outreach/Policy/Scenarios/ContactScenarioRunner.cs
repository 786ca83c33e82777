using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Collections.Domain.Debtors;
using Collections.Domain.Outreach.Statements;
using Collections.Domain.Outreach.Templates;
using Collections.Engine.Testing;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Collections.Domain.Outreach.Policy.Scenarios;

/// <summary>
/// Runs one <c>*.contact.json</c> against the contact rules (<see cref="ContactPolicy"/>) with the shipped profiles, or
/// the ones given: each step is judged at its own moment with the history of the contacts before it, one line per step,
/// and the scenario stops at its first wrong decision. A bad file fails this scenario only, never the run. Statement
/// steps render with <paramref name="templates"/> (the playbook's <c>templates</c> folder).
/// </summary>
public sealed class ContactScenarioRunner(ContactPolicy policy, TemplateRenderer? templates = null)
{
    /// <summary>Same bound as process scenarios: these files are a few steps long.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Deepest JSON nesting read; a contact scenario needs three levels.</summary>
    public const int MaxDepth = 32;

    private static readonly JsonSerializerOptions Json = new()
    {
        MaxDepth = MaxDepth,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly LocalDateTimePattern LocalMinutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public async Task<ScenarioResult> RunAsync(string path, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(path);
        ContactScenario scenario;
        try
        {
            scenario = await LoadAsync(path, cancellationToken);
        }
        catch (ContactScenarioException e)
        {
            return await FailAsync(output, path, 0, e.Message);
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(scenario.Debtor.TimeZone);
        if (zone is null)
        {
            return await FailAsync(output, path, 0, $"debtor.timeZone '{scenario.Debtor.TimeZone}' is not an IANA zone");
        }

        var run = new Run(policy, scenario.Debtor, zone, templates);
        for (var index = 0; index < scenario.Steps.Count; index++)
        {
            var step = scenario.Steps[index];
            string line;
            try
            {
                line = run.Apply(step);
            }
            catch (ContactScenarioException e)
            {
                return await FailAsync(output, path, index + 1, $"step {index + 1}: {e.Message}");
            }

            await output.WriteLineAsync($"  ✓ step {index + 1}: {line}");
        }

        return ScenarioResult.Pass(path, scenario.Steps.Count);
    }

    private static async Task<ContactScenario> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new ContactScenarioException($"{path}: file not found");
        if (info.Length > MaxFileBytes)
        {
            throw new ContactScenarioException($"{path}: {info.Length} bytes is over the {MaxFileBytes} byte limit for scenario files");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var scenario = await JsonSerializer.DeserializeAsync<ContactScenario>(stream, Json, cancellationToken);
            return scenario is { Debtor: not null, Steps: not null }
                ? scenario
                : throw new ContactScenarioException($"{path}: a contact scenario needs a debtor and steps");
        }
        catch (JsonException e)
        {
            throw new ContactScenarioException($"{path}: invalid contact scenario: {e.Message}");
        }
    }

    private static async Task<ScenarioResult> FailAsync(TextWriter output, string path, int step, string why)
    {
        await output.WriteLineAsync($"  ✗ {why}");
        return ScenarioResult.Fail(path, step, why);
    }

    /// <summary>The debtor's history as the steps build it.</summary>
    private sealed class Run(ContactPolicy policy, ContactScenarioDebtor debtor, DateTimeZone zone, TemplateRenderer? templates)
    {
        private readonly List<PastContact> _history = [];
        private Instant? _lastConversation;

        public string Apply(ContactScenarioStep step)
        {
            var at = Resolve(step.At, "at");
            if (step.Record is { } channel)
            {
                _history.Add(new PastContact(channel, at, step.SameDebt));
                if (step.Conversation) _lastConversation = at;
                return $"{channel} {(step.Conversation ? "conversation" : "contact")} recorded at {Describe(at)}";
            }

            if (step.Statement is { } invoices) return Statement(step, at, invoices);
            if (step.Send is not { } send) throw new ContactScenarioException("a step needs send, statement or record");
            var decision = Decide(send, at);
            Check(step, decision);
            if (decision is ContactDecision.Allowed) _history.Add(new PastContact(send, at, step.SameDebt));
            return $"{send} at {Describe(at)}: {Describe(decision)}";
        }

        /// <summary>One e-mail for every invoice: judged once, counted once, and its text checked.</summary>
        private string Statement(ContactScenarioStep step, Instant at, IReadOnlyList<ContactScenarioInvoice> invoices)
        {
            var decision = Decide(ContactChannels.Email, at);
            Check(step, decision);
            if (decision is not ContactDecision.Allowed) return $"statement of {invoices.Count} invoices at {Describe(at)}: {Describe(decision)}";
            _history.Add(new PastContact(ContactChannels.Email, at, step.SameDebt));
            var message = Render(at, invoices);
            foreach (var expected in step.ExpectText ?? [])
            {
                if (!message.Body.Contains(expected, StringComparison.Ordinal) && !message.Subject.Contains(expected, StringComparison.Ordinal))
                {
                    throw new ContactScenarioException($"the statement does not say \"{expected}\"; it reads:\n{message.Subject}\n{message.Body}");
                }
            }

            return $"one e-mail listing {invoices.Count} invoices at {Describe(at)}: {Describe(decision)}, \"{message.Subject}\"";
        }

        private RenderedMessage Render(Instant at, IReadOnlyList<ContactScenarioInvoice> invoices)
        {
            if (templates is null) throw new ContactScenarioException("statement steps need the playbook's templates folder beside the scenarios");
            var today = at.InZone(zone).Date;
            var lines = invoices.Select(i => new StatementItem(Guid.Empty, i.Number, i.DueDate, i.Balance, i.Currency,
                Period.DaysBetween(LocalDate.FromDateOnly(i.DueDate), today))).ToList();
            var step = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["debtorName"] = debtor.Name ?? "", ["debtorLanguage"] = debtor.Language, ["debtorCountry"] = debtor.Country,
            };
            try
            {
                return templates.Render("statement", StatementModel.Variables(lines, step));
            }
            catch (TemplateRenderException e)
            {
                throw new ContactScenarioException($"the statement template does not render: {e.Message}");
            }
        }

        private ContactDecision Decide(string channel, Instant at) => policy.Decide(new ContactRequest(channel, debtor.Country, debtor.TimeZone, at,
            LastConversationAt: _lastConversation, History: _history,
            ConsentedChannels: debtor.Consented?.ToHashSet(StringComparer.OrdinalIgnoreCase)));

        private void Check(ContactScenarioStep step, ContactDecision decision)
        {
            var (kind, rule) = decision switch
            {
                ContactDecision.DeferredUntil d => ("deferred", d.Reason),
                ContactDecision.Refused r => ("refused", r.Reason),
                _ => ("allowed", null),
            };
            var expected = step.Expect ?? throw new ContactScenarioException("a send step needs expect");
            if (!string.Equals(expected, kind, StringComparison.OrdinalIgnoreCase) || (step.Rule is not null && step.Rule != rule))
            {
                throw new ContactScenarioException($"expected {expected}{(step.Rule is null ? "" : $" ({step.Rule})")}, got {Describe(decision)}");
            }

            if (decision is not ContactDecision.DeferredUntil deferred) return;
            if (step.Until is { } until && Resolve(until, "until") != deferred.Until)
            {
                throw new ContactScenarioException($"expected deferral until {until} local, got {Describe(decision)}");
            }

            if (step.UntilUtc is { } utc && InstantPattern.General.Parse(utc) is var parsed && (!parsed.Success || parsed.Value != deferred.Until))
            {
                throw new ContactScenarioException($"expected deferral until {utc}, got {Describe(decision)}");
            }
        }

        private Instant Resolve(string local, string field)
        {
            var parsed = LocalMinutes.Parse(local);
            if (!parsed.Success) throw new ContactScenarioException($"{field} '{local}' is not a local time like 2026-12-05T15:30");
            return zone.ResolveLocal(parsed.Value, Resolvers.LenientResolver).ToInstant();
        }

        private string Describe(Instant at)
        {
            var local = at.InZone(zone);
            return string.Create(CultureInfo.InvariantCulture, $"{local.DayOfWeek} {local:uuuu-MM-dd HH:mm} {zone.Id} ({InstantPattern.General.Format(at)})");
        }

        private string Describe(ContactDecision decision) => decision switch
        {
            ContactDecision.DeferredUntil d => $"deferred until {Describe(d.Until)} by {d.Reason} [{d.Profile}]",
            ContactDecision.Refused r => $"refused by {r.Reason} [{r.Profile}]",
            _ => $"allowed [{decision.Profile}]",
        };
    }
}
