using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>What a handler decided for one external task; <see cref="ExternalTaskWorker"/> reports it to the engine.</summary>
public abstract record TaskOutcome
{
    private TaskOutcome()
    {
    }

    /// <summary>Done: complete the task with these process variables.</summary>
    public sealed record Complete(IReadOnlyDictionary<string, object?> Variables) : TaskOutcome;

    /// <summary>
    /// Not yet: hand the task back so it is fetched again at <paramref name="Until"/>, retries unchanged. A deferral by
    /// the contact rules carries <see cref="Deferral"/>, which the case's timeline shows.
    /// </summary>
    public sealed record Defer(Instant Until, string Reason) : TaskOutcome
    {
        public Deferrals.ContactDeferral? Deferral { get; init; }

        /// <summary>A wait for company details nobody has filled in, which the case's timeline shows.</summary>
        public Company.CompanyDetailsWait? CompanyWait { get; init; }
    }
}
