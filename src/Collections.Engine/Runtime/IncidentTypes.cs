namespace Collections.Engine.Runtime;

/// <summary>Persisted incident type strings, as in Camunda 7 where one exists.</summary>
public static class IncidentTypes
{
    /// <summary>An expression, script or mapping failed while the engine executed an element.</summary>
    public const string FailedExecution = "failedExecution";

    /// <summary>A job ran out of retries.</summary>
    public const string FailedJob = "failedJob";

    /// <summary>An external task's worker reported a failure with no retries left.</summary>
    public const string FailedExternalTask = "failedExternalTask";

    /// <summary>A BPMN error was thrown that no boundary event or event sub-process catches.</summary>
    public const string UnhandledBpmnError = "unhandledBpmnError";
}
