using System.Globalization;
using Collections.Domain.Debtors;
using Collections.Domain.Invoices;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Scheduling;
using Collections.Domain.Workers;
using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Collections.Server.Testing;

namespace Collections.Server.Cli.Demo;

/// <summary>
/// Runs the real playbook over simulated weeks: the clock starts weeks in the past and moves to the next instant
/// something happens (a due job, a held e-mail's allowed moment, the staff's working hour, a payment, a new day), at
/// most <paramref name="step"/> at a time, until the seeding's start instant. Each stop runs what the server's background
/// loops would (the case scanner, due jobs, the process-task worker, the outreach workers) and lets the demo staff and
/// debtors act (<see cref="DemoActs"/>). At the end the clock reads the system time again.
/// </summary>
internal sealed class DemoSeeder(IServiceProvider services, TestClock clock, IReadOnlyList<DemoCase> cast, IReadOnlyList<DemoAccount> staff, TimeSpan step, TextWriter progress)
{
    /// <summary>Most rounds of due work in one step: a safety stop, far above what one hour of the demo produces.</summary>
    private const int MaxRounds = 1000;

    public async Task RunAsync(DateTimeOffset end, CancellationToken cancellationToken)
    {
        var workers = services.GetServices<IExternalTaskHandler>().Select(h => ActivatorUtilities.CreateInstance<ExternalTaskWorker>(services, h)).ToList();
        var acts = new DemoActs(services, staff);
        var endDay = DateOnly.FromDateTime(end.UtcDateTime);
        var start = clock.GetUtcNow();
        var week = -1;
        while (true)
        {
            var now = clock.GetUtcNow();
            await RegisterDueInvoicesAsync(now, endDay, cancellationToken);
            await RunMachineryAsync(workers, cancellationToken);
            await acts.RunAsync(cast, now, cancellationToken);
            await RunMachineryAsync(workers, cancellationToken);
            if (now >= end) break;
            if ((now - start).Days / 7 != week)
            {
                week = (now - start).Days / 7;
                await progress.WriteLineAsync($"  {now:yyyy-MM-dd}: {cast.Count(c => c.InvoiceId is not null)} of {cast.Count} invoices registered");
            }

            var next = await NextStopAsync(now, cancellationToken);
            clock.AdvanceTo(next < end ? next : end);
        }

        clock.AdvanceTo(TimeProvider.System.GetUtcNow()); // the seconds the seeding took: the clock is the system's again
        await RunMachineryAsync(workers, cancellationToken);
    }

    /// <summary>The next instant anything happens, at least a minute and at most one step away.</summary>
    private async Task<DateTimeOffset> NextStopAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = new List<DateTimeOffset> { now + step, now.UtcDateTime.Date.AddDays(1), DemoActs.NextWorkingHour(now) };
        candidates.AddRange(cast.SelectMany(c => c.Payments).Select(p => p.At));
        if ((await services.GetRequiredService<IJobOperations>().ListJobsAsync(JobListKind.Scheduled, 0, 1, cancellationToken)).FirstOrDefault() is { } job)
        {
            candidates.Add(job.DueAt);
        }

        var locked = await services.GetRequiredService<IProcessQueries>().ListExternalTasksAsync(new ExternalTaskQuery(Locked: true, Take: 1000), cancellationToken);
        candidates.AddRange(locked.Where(t => t.LockExpiresAt is not null).Select(t => t.LockExpiresAt!.Value));
        var next = candidates.Where(c => c > now).Min();
        return next < now.AddMinutes(1) ? now.AddMinutes(1) : next;
    }

    /// <summary>
    /// Registers each invoice over the integrators' service on its due date (or at once if that was before the start),
    /// so the case opens by itself after the grace days. The courtesy call's invoice is registered before it is due.
    /// </summary>
    private async Task RegisterDueInvoicesAsync(DateTimeOffset now, DateOnly endDay, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var debtors = services.GetRequiredService<DebtorService>();
        var invoices = services.GetRequiredService<InvoiceService>();
        foreach (var demo in cast.Where(c => c.InvoiceId is null))
        {
            var due = endDay.AddDays(-demo.OpensDaysAgo - 3);
            if (due > today && demo.Story != DemoStory.CourtesyCall) continue;
            await debtors.UpsertAsync(demo.DebtorExternalId, DebtorOf(demo), cancellationToken);
            var (invoice, _) = await invoices.UpsertAsync(demo.InvoiceNumber, new InvoiceInput(
                demo.InvoiceNumber, demo.InvoiceNumber, demo.DebtorExternalId, demo.Amount, demo.Country.Currency, due.AddDays(-30), due), cancellationToken);
            demo.InvoiceId = invoice.Id;
        }
    }

    private static DebtorInput DebtorOf(DemoCase demo)
    {
        var slug = new string(demo.DebtorName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(20).ToArray());
        var phone = demo.Country.PhonePrefix + (100 + int.Parse(demo.DebtorExternalId[6..], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
        return new DebtorInput(demo.DebtorExternalId, demo.DebtorName, Language: demo.Country.Language, TimeZone: demo.Country.TimeZone,
            Country: demo.Country.Code, HasService: demo.Story is DemoStory.LegalCall or DemoStory.ManagerDecision,
            Contacts: [new ContactInput(ContactChannels.Email, $"pagos@{slug}.example", Preferred: true), new ContactInput(ContactChannels.Phone, phone)]);
    }

    /// <summary>What the background loops do, run until nothing more is due at this instant.</summary>
    private async Task RunMachineryAsync(IReadOnlyList<ExternalTaskWorker> workers, CancellationToken cancellationToken)
    {
        var engine = services.GetRequiredService<IProcessEngine>();
        var processTasks = services.GetRequiredService<ProcessTaskWorker>();
        await services.GetRequiredService<DomainClock>().RunDueAsync(cancellationToken);
        for (var round = 0; round < MaxRounds; round++)
        {
            var done = await engine.ExecuteDueJobsAsync(cancellationToken);
            done += await processTasks.RunOnceAsync(100, cancellationToken);
            foreach (var worker in workers)
            {
                done += await worker.RunOnceAsync(cancellationToken);
            }

            if (done == 0) return;
        }

        throw new InvalidOperationException($"Demo seeding: work still due after {MaxRounds} rounds at {clock.GetUtcNow():O}.");
    }
}
