using Collections.Engine.Model;

namespace Collections.Engine.Runtime;

/// <summary>
/// For each node, the nodes reachable from it inside the same scope by sequence flows and boundary events.
/// An inclusive gateway joins when no other token of its scope can still reach it (BPMN 2.0.2 §13.4.3).
/// </summary>
internal sealed class Reachability
{
    private readonly Dictionary<string, HashSet<string>> _reachable = new(StringComparer.Ordinal);

    public Reachability(ProcessModel model)
    {
        foreach (var node in model.NodesById.Values) _reachable[node.Id] = Walk(node);
    }

    public bool CanReach(string fromNodeId, string toNodeId) =>
        _reachable.TryGetValue(fromNodeId, out var set) && set.Contains(toNodeId);

    private static HashSet<string> Walk(FlowNode start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<FlowNode>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var next in Successors(node))
            {
                if (seen.Add(next.Id)) stack.Push(next);
            }
        }

        return seen;
    }

    private static IEnumerable<FlowNode> Successors(FlowNode node)
    {
        foreach (var flow in node.Outgoing) yield return flow.Target;
        if (node is Activity activity)
        {
            foreach (var boundary in activity.BoundaryEvents) yield return boundary;
        }
    }
}
