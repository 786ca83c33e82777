namespace Collections.Engine.Runtime;

/// <summary>What the agenda does next with a token.</summary>
internal enum AgendaOperation
{
    /// <summary>Input mappings, boundary events, then the element's behaviour.</summary>
    Execute,

    /// <summary>Output mappings, then (unless async after) end the activity and take outgoing flows.</summary>
    Leave,

    /// <summary>After an async-after job: take the outgoing flows.</summary>
    ContinueAfter,
}
