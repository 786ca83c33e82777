namespace Collections.Engine.Runtime.State;

/// <summary>Where a token stands at its activity instance. Persisted by name.</summary>
internal enum ActivityPhase
{
    /// <summary>Executing, or waiting for something outside (task, message, timer, child instance, child tokens).</summary>
    Active,

    /// <summary>Waiting for an async-before job to execute it.</summary>
    AsyncBefore,

    /// <summary>Done; waiting for an async-after job to take its outgoing flows.</summary>
    AsyncAfter,

    /// <summary>Arrived at a joining gateway, waiting for the other branches.</summary>
    Joining,

    /// <summary>Stopped by an incident; retrying the incident resumes it.</summary>
    Failed,
}
