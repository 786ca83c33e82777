using Collections.Domain.Scheduling;
using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;

namespace Collections.Server.Testing;

/// <summary>
/// <c>POST /api/test/clock/advance</c>, mapped only in the <c>E2E</c> environment: the body is an ISO 8601 duration
/// (<c>P3D</c>, plain text or a JSON string). The clock moves to each due job in due order and runs it, as the engine's
/// <c>simulate</c> does, then to the end of the duration; the domain's time-driven duties run last. When the answer
/// comes, everything due at the new time has run, including jobs the background executor had taken.
/// </summary>
public static class TestClockApi
{
    private const int MaxSteps = 10_000;

    public static IEndpointRouteBuilder MapTestClockApi(this WebApplication app)
    {
        if (!app.Environment.IsEnvironment(TestClock.Environment)) return app;
        app.MapPost("/api/test/clock/advance", AdvanceAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<ClockAdvanced>, ProblemHttpResult>> AdvanceAsync(
        HttpRequest request, TestClock clock, IProcessEngine engine, IJobOperations jobs, IServiceProvider services, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var text = (await reader.ReadToEndAsync(cancellationToken)).Trim().Trim('"');
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        var now = clock.GetUtcNow();
        var target = parsed.Success ? LocalDateTime.FromDateTime(now.UtcDateTime).Plus(parsed.Value).InUtc().ToDateTimeOffset() : now;
        if (!parsed.Success || target < now)
        {
            var problem = new ProblemDetails { Status = 400, Title = "Invalid request", Detail = $"'{text}' is not a positive ISO 8601 duration such as P3D or PT4H." };
            problem.Extensions["field"] = "duration";
            return TypedResults.Problem(problem);
        }

        var ran = 0;
        for (var step = 0; step < MaxSteps; step++)
        {
            ran += await RunDueAsync(engine, jobs, cancellationToken);
            var next = (await jobs.ListJobsAsync(JobListKind.Scheduled, 0, 1, cancellationToken)).FirstOrDefault();
            if (next is null || next.DueAt > target) break;
            clock.AdvanceTo(next.DueAt);
        }

        clock.AdvanceTo(target);
        ran += await RunDueAsync(engine, jobs, cancellationToken);
        if (services.GetService<DomainClock>() is { } domain)
        {
            await domain.RunDueAsync(cancellationToken);
            ran += await RunDueAsync(engine, jobs, cancellationToken);
        }

        return TypedResults.Ok(new ClockAdvanced(clock.GetUtcNow(), ran));
    }

    /// <summary>
    /// Runs what is due here and waits for the background executor to finish what it had taken. That wait polls on
    /// the wall clock: it waits for another worker, not for time in the process, and only in this test environment.
    /// </summary>
    private static async Task<int> RunDueAsync(IProcessEngine engine, IJobOperations jobs, CancellationToken cancellationToken)
    {
        var ran = 0;
        for (var round = 0; round < MaxSteps; round++)
        {
            ran += await engine.ExecuteDueJobsAsync(cancellationToken);
            for (var wait = 0; wait < 1500 && jobs.ThisNode.InFlight > 0; wait++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, cancellationToken);
            }

            if ((await jobs.ListJobsAsync(JobListKind.Due, 0, 1, cancellationToken)).Count == 0) break;
        }

        return ran;
    }
}

/// <summary>The clock after the move and how many jobs this call ran itself.</summary>
public sealed record ClockAdvanced(DateTimeOffset Now, int JobsRun);
