namespace Collections.Engine.Model;

/// <summary>Throws (end event) or catches (boundary, event sub-process start) a BPMN error.</summary>
public sealed class ErrorEventDefinition : EventDefinition
{
    /// <summary>The <c>errorCode</c> of the referenced <c>bpmn:error</c>; null on a catch event catches every error.</summary>
    public string? ErrorCode { get; init; }

    /// <summary><c>camunda:errorCodeVariable</c>: where a catch event stores the caught code.</summary>
    public string? ErrorCodeVariable { get; init; }

    /// <summary><c>camunda:errorMessageVariable</c>: where a catch event stores the caught message.</summary>
    public string? ErrorMessageVariable { get; init; }
}
