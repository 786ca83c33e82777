using Collections.Engine.Model;
using Collections.Engine.Runtime.State;

namespace Collections.Engine.Runtime;

/// <summary>Inclusive joins (BPMN 2.0.2 §13.3.3): fire once no other token of the scope can reach the gateway.</summary>
internal sealed partial class CommandContext
{
    private bool FireReadyInclusiveJoins()
    {
        var fired = false;
        foreach (var run in _runs.Values.Where(r => r.IsActive))
        {
            var waiting = run.State.Activities
                .Where(a => a.Phase == ActivityPhase.Joining && run.NodeOf(a) is InclusiveGateway)
                .GroupBy(a => (a.ParentId, a.ActivityId))
                .ToList();
            foreach (var group in waiting)
            {
                var others = run.State.ChildrenOf(group.Key.ParentId!)
                    .Where(a => !(a.ActivityId == group.Key.ActivityId && a.Phase == ActivityPhase.Joining));
                if (others.Any(a => run.Definition.Reachability.CanReach(a.ActivityId, group.Key.ActivityId))) continue;
                var tokens = group.ToList();
                foreach (var extra in tokens.Skip(1)) EndActivity(run, extra, canceled: false);
                tokens[0].Phase = ActivityPhase.Active;
                Enqueue(run, tokens[0], AgendaOperation.Leave);
                fired = true;
            }
        }

        return fired;
    }
}
