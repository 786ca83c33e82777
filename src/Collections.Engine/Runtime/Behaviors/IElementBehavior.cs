using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>How one kind of BPMN element executes. Behaviours are stateless; the element's data is on the step.</summary>
internal interface IElementBehavior
{
    /// <summary>
    /// The token arrives: do the element's work. Either call <see cref="ExecutionStep.Leave"/> or leave the token
    /// waiting (task row, subscription, job). Evaluate everything that can fail before changing anything.
    /// </summary>
    ValueTask ExecuteAsync(ExecutionStep step);

    /// <summary>The flows to take when the token leaves; evaluated before the activity ends.</summary>
    IReadOnlyList<SequenceFlow> SelectOutgoing(ExecutionStep step);

    /// <summary>Work after the activity ended and before its outgoing flows are taken (e.g. terminate, throw error).</summary>
    ValueTask AfterEndAsync(ExecutionStep step);
}
