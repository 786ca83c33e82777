namespace Collections.Server.Tests.Security;

/// <summary>The real tasks the object-level rows act on (built by <see cref="ObjectScenarios"/>).</summary>
public enum ObjectScenario
{
    /// <summary>An approval task offered only to the finance group, unclaimed.</summary>
    FinanceOnlyApproval,

    /// <summary>A task offered to junior collectors, claimed by another junior collector.</summary>
    ClaimedByAnotherCollector,

    /// <summary>A task offered to junior collectors, unclaimed.</summary>
    OfferedToJuniors,
}
