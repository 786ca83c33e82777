using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>The one place that maps an element kind to its behaviour.</summary>
internal static class BehaviorRegistry
{
    private static readonly StartEventBehavior Start = new();
    private static readonly EndEventBehavior End = new();
    private static readonly IntermediateCatchEventBehavior Catch = new();
    private static readonly IntermediateThrowEventBehavior Throw = new();
    private static readonly BoundaryEventBehavior Boundary = new();
    private static readonly NoneTaskBehavior None = new();
    private static readonly UserTaskBehavior User = new();
    private static readonly ExternalTaskBehavior External = new();
    private static readonly ScriptTaskBehavior Script = new();
    private static readonly ReceiveTaskBehavior Receive = new();
    private static readonly SubProcessBehavior Sub = new();
    private static readonly CallActivityBehavior Call = new();
    private static readonly ExclusiveGatewayBehavior Exclusive = new();
    private static readonly ParallelGatewayBehavior Parallel = new();
    private static readonly InclusiveGatewayBehavior Inclusive = new();
    private static readonly EventBasedGatewayBehavior EventBased = new();

    public static IElementBehavior For(FlowNode node) => node switch
    {
        StartEvent => Start,
        EndEvent => End,
        IntermediateCatchEvent => Catch,
        IntermediateThrowEvent => Throw,
        BoundaryEvent => Boundary,
        NoneTask => None,
        UserTask => User,
        ExternalTask => External,
        ScriptTask => Script,
        ReceiveTask => Receive,
        SubProcess => Sub,
        CallActivity => Call,
        ExclusiveGateway => Exclusive,
        ParallelGateway => Parallel,
        InclusiveGateway => Inclusive,
        EventBasedGateway => EventBased,
        _ => throw new NotSupportedException($"No behaviour for {node}."),
    };
}
