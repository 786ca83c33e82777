using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>
/// One language at a time: the main pages (inbox, a case with a full timeline, its task, cases, outbox, audit,
/// admin) in Spanish show no text that only the English catalogue holds, in English none that only the Spanish one
/// holds, and never a BPMN element kind. The catalogues are read from the UI's i18n sources, so a new string is
/// guarded as soon as it is added. Process content (BPMN names in the diagram) is the designer's, not checked here.
/// SQLite and PostgreSQL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OneLanguageUiTests(BrowserEnvironment browser)
{
    private static readonly string[] BpmnKinds =
    [
        "userTask", "sendTask", "serviceTask", "scriptTask", "receiveTask", "businessRuleTask", "manualTask", "callActivity", "subProcess",
        "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "startEvent", "endEvent", "exclusiveGateway", "parallelGateway",
        "inclusiveGateway", "eventBasedGateway",
    ];

    /// <summary>
    /// Known leaks, listed so nothing else hides behind them: the admin page shows a contact profile's <c>source</c>,
    /// a legal citation written by whoever configured the profile (the shipped Spanish profile's is English).
    /// </summary>
    private static readonly (string Path, string Text)[] KnownLeaks =
        [("/admin", "Spain")];

    private static readonly Lazy<(IReadOnlyList<string> Es, IReadOnlyList<string> En)> Catalogues = new(ReadCatalogues);

    [Theory, SqliteServer, PostgresServer]
    public async Task MainPages_EachLanguage_NoTextOfTheOtherCatalogueNorBpmnKinds(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var (caseId, taskId) = await CaseWithFullTimelineAsync(server, $"LANG-{Guid.NewGuid().ToString("N")[..8]}");
        var data = await DataAsync(server);
        string[] pages = ["/inbox", $"/cases/{caseId}", $"/tasks/{taskId}", "/cases", "/outbox", "/audit", "/admin"];
        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Admin);

        var spanish = await FindingsAsync(page, pages, OnlyIn(Catalogues.Value.En, Catalogues.Value.Es), data);
        await page.GetByTestId("lang-switch").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        var english = await FindingsAsync(page, pages, OnlyIn(Catalogues.Value.Es, Catalogues.Value.En), data);
        // The admin's language is stored on the server the other tests share: back to Spanish.
        await page.GetByTestId("lang-switch").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(spanish.Count == 0, "Spanish UI:\n" + string.Join("\n", spanish));
        Assert.True(english.Count == 0, "English UI:\n" + string.Join("\n", english));
        await page.Context.CloseAsync();
    }

    /// <summary>Opens a case and gives it a promise, a partial payment, a dispute opened and resolved, a contact and a negotiation request.</summary>
    private static async Task<(Guid CaseId, Guid TaskId)> CaseWithFullTimelineAsync(E2EServer server, string invoiceNumber)
    {
        var caseId = await E2ECases.OpenAsync(server, invoiceNumber);
        using var integrator = new HttpClient { BaseAddress = server.BaseAddress };
        integrator.DefaultRequestHeaders.Authorization = new("Bearer", StaffAccounts.AdminApiKey);
        var invoiceId = (await integrator.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}")).GetProperty("case").GetProperty("invoiceId").GetGuid();
        var today = await E2EClock.TodayAsync(server);
        (await integrator.PostAsJsonAsync($"/api/v1/cases/{caseId}/promises", new { amount = 400m, currency = "EUR", promiseDate = today.AddDays(5) })).EnsureSuccessStatusCode();
        (await integrator.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 1000m, currency = "EUR", reference = "TRF-1" })).EnsureSuccessStatusCode();
        var dispute = await (await integrator.PostAsJsonAsync($"/api/v1/cases/{caseId}/disputes", new { reason = "billing-error", owner = "billing" })).Content.ReadFromJsonAsync<JsonElement>();
        (await integrator.PostAsJsonAsync($"/api/v1/cases/{caseId}/disputes/{dispute.GetProperty("id").GetGuid()}/resolve", new { resolution = "CN-9" })).EnsureSuccessStatusCode();
        using var staff = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password);
        (await staff.PostJsonAsync($"/api/v1/staff/cases/{caseId}/contact-attempts", new { channel = "visit", direction = "outbound", outcome = "not-reached" })).EnsureSuccessStatusCode();
        (await staff.PostJsonAsync($"/api/v1/staff/cases/{caseId}/negotiations", new { kind = "payment-plan", installments = 3 })).EnsureSuccessStatusCode();
        var view = JsonDocument.Parse(await (await staff.GetAsync($"/api/v1/staff/cases/{caseId}")).Content.ReadAsStringAsync()).RootElement;
        return (caseId, view.GetProperty("detail").GetProperty("openTasks")[0].GetProperty("id").GetGuid());
    }

    /// <summary>
    /// What users and designers wrote, shown as written in either language: staff names and the test processes' BPMN
    /// names and form labels (process content, translated by its designer).
    /// </summary>
    private static async Task<IReadOnlyList<string>> DataAsync(E2EServer server)
    {
        using var staff = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password);
        var users = JsonDocument.Parse(await (await staff.GetAsync("/api/v1/admin/users")).Content.ReadAsStringAsync()).RootElement;
        var names = users.EnumerateArray().Select(u => u.GetProperty("displayName").GetString() ?? string.Empty);
        var bpmn = new[] { typeof(E2EBpmn), typeof(E2EDunningBpmn) }
            .SelectMany(t => t.GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!))
            .SelectMany(xml => Regex.Matches(xml, @"\b(?:name|label)=""([^""]+)""").Select(m => m.Groups[1].Value));
        return names.Concat(bpmn).Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length).ToList();
    }

    private static async Task<List<string>> FindingsAsync(IPage page, IEnumerable<string> paths, Regex otherLanguage, IReadOnlyList<string> data)
    {
        var findings = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            await Expect(page.Locator("main h1, main h2").First).ToBeVisibleAsync();
            var text = data.Aggregate(await VisibleTextAsync(page), (t, d) => t.Replace(d, " ", StringComparison.Ordinal));
            findings.AddRange(otherLanguage.Matches(text).Where(m => !KnownLeaks.Contains((path, m.Value))).Select(m => $"{path}: \"{m.Value}\""));
            findings.AddRange(BpmnKinds.Where(k => Regex.IsMatch(text, $@"\b{k}\b")).Select(k => $"{path}: BPMN kind {k}"));
        }

        return findings.Distinct().ToList();
    }

    /// <summary>
/// The text a user sees, outside the process diagram (BPMN names are process content) and outside what is marked
/// <c>translate="no"</c> (a message to a debtor, shown in the debtor's language as it was sent).
/// </summary>
    private static Task<string> VisibleTextAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const out = [];
          const walk = (node) => {
            if (node.nodeType === Node.TEXT_NODE) { out.push(node.textContent); return; }
            if (node.nodeType !== Node.ELEMENT_NODE) return;
            if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName) || node instanceof SVGElement || node.matches('.viewer, .djs-container, [translate=no]')) return;
            const style = getComputedStyle(node);
            if (style.display === 'none' || style.visibility === 'hidden') return;
            node.childNodes.forEach(walk);
            out.push('\n');
          };
          walk(document.body);
          return out.join(' ');
        }
        """);

    /// <summary>
    /// A pattern matching any fragment (between placeholders) of <paramref name="these"/> that is not also text of
    /// <paramref name="other"/>: strings identical in both catalogues, or found in the other's sentences, are no
    /// evidence of the wrong language.
    /// </summary>
    private static Regex OnlyIn(IReadOnlyList<string> these, IReadOnlyList<string> other)
    {
        var otherText = string.Join("\n", other);
        var fragments = these
            .SelectMany(v => Regex.Split(v, @"\{\d+\}"))
            .Select(f => f.Trim(' ', '.', ',', ':', ';', '(', ')', '·', '—', '-', '/', '«', '»', '"', '?', '!', '¿', '¡', '%', '→'))
            .Where(f => f.Length >= 4 && f.Any(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .Where(f => !Regex.IsMatch(otherText, $@"(?<!\p{{L}}){Regex.Escape(f)}(?!\p{{L}})"))
            .OrderByDescending(f => f.Length)
            .Select(Regex.Escape);
        // Letters, '_' and '-' around a match mean it is part of an identifier or a longer word, not the catalogue's text.
        return new Regex($@"(?<![\p{{L}}_-])(?:{string.Join("|", fragments)})(?![\p{{L}}_-])", RegexOptions.CultureInvariant);
    }

    /// <summary>Every value of the UI's Spanish and English dictionaries (src/Collections.Web/src/i18n*.ts).</summary>
    private static (IReadOnlyList<string> Es, IReadOnlyList<string> En) ReadCatalogues()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collections.sln"))) folder = folder.Parent;
        var sources = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Collections.sln not found above the test binaries."), "src", "Collections.Web", "src");
        List<string> es = [], en = [];
        foreach (var file in Directory.GetFiles(sources, "i18n*.ts"))
        {
            var source = File.ReadAllText(file);
            foreach (Match block in Regex.Matches(source, @"const\s+(\w+)(?::[^=]+)?\s*=\s*\{(.*?)\n\};", RegexOptions.Singleline))
            {
                var name = block.Groups[1].Value;
                var target = name.EndsWith("es", StringComparison.OrdinalIgnoreCase) ? es : name.EndsWith("en", StringComparison.OrdinalIgnoreCase) ? en : null;
                target?.AddRange(Regex.Matches(block.Groups[2].Value, @"'(?:[^'\\]|\\.)+'\s*:\s*'((?:[^'\\]|\\.)*)'").Select(m => Regex.Unescape(m.Groups[1].Value)));
            }
        }

        Assert.True(es.Count > 500 && en.Count > 500, $"The catalogues were not read ({es.Count} Spanish, {en.Count} English strings).");
        return (es, en);
    }
}
