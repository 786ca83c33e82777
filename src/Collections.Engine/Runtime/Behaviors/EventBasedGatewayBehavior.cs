using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>
/// BPMN 2.0.2 §13.3.5: subscribes to every event after it on behalf of the gateway's token; the first to fire wins and
/// the others are removed with the gateway.
/// </summary>
internal sealed class EventBasedGatewayBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        var timers = new List<(FlowNode, Timing.TimerSchedule)>();
        var messages = new List<(FlowNode, Expression)>();
        foreach (var flow in step.Node.Outgoing)
        {
            switch (flow.Target)
            {
                case IntermediateCatchEvent { Definition: TimerEventDefinition timer } target:
                    timers.Add((target, step.Context.ComputeTimer(step, timer)));
                    break;
                case IntermediateCatchEvent { Definition: MessageEventDefinition message } target:
                    messages.Add((target, message.MessageName));
                    break;
                case ReceiveTask { MessageName: { } name } receive:
                    messages.Add((receive, name));
                    break;
            }
        }

        foreach (var (target, schedule) in timers) step.Context.AddTimerJob(step.Run, step.Ai, target, schedule);
        foreach (var (target, name) in messages) step.Context.Subscribe(step, step.Ai, target, name);
        return ValueTask.CompletedTask;
    }
}
