using Collections.Engine.Api;
using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Migration;

/// <summary>Generates a plan between two definitions and checks a plan against them; pure, no database.</summary>
internal static class MigrationPlanner
{
    /// <summary>
    /// Every migratable element of the source with an element of the same id and kind in the target: the generated instructions with the manual ones laid over them: a manual instruction replaces the generated one
    /// of its source activity. A generated boundary or event sub-process start whose activity or sub-process moves
    /// elsewhere is left out (it would be refused); manual instructions are kept as given and checked by <see cref="Validate"/>.
    /// </summary>
    public static IReadOnlyList<MigrationInstruction> Build(ProcessModel source, ProcessModel target, IReadOnlyList<MigrationInstruction>? manual)
    {
        var replaced = (manual ?? []).Select(m => m.SourceActivityId).ToHashSet(StringComparer.Ordinal);
        var generated = Migratable(source)
            .Where(s => !replaced.Contains(s.Id) && target.NodesById.TryGetValue(s.Id, out var t)
                && MigrationKinds.IsMigratable(t) && MigrationKinds.KindOf(t) == MigrationKinds.KindOf(s))
            .Select(s => new MigrationInstruction(s.Id, s.Id))
            .ToList();
        var all = generated.Concat(manual ?? []).ToList();
        var targets = all.GroupBy(i => i.SourceActivityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().TargetActivityId, StringComparer.Ordinal);
        generated.RemoveAll(g => HostOf(source.NodesById[g.SourceActivityId]) is { } host
            && HostOf(target.NodesById[g.TargetActivityId]) is { } targetHost
            && targets.GetValueOrDefault(host) != targetHost);
        return generated.Concat(manual ?? []).ToList();
    }

    /// <summary>The activity a boundary event is attached to, or the event sub-process a start event starts.</summary>
    private static string? HostOf(FlowNode node) => node switch
    {
        BoundaryEvent b => b.AttachedTo.Id,
        StartEvent { Scope: SubProcess { TriggeredByEvent: true } scope } => scope.Id,
        _ => null,
    };

    public static IEnumerable<FlowNode> Migratable(ProcessModel model) =>
        model.NodesById.Values.Where(MigrationKinds.IsMigratable).OrderBy(n => n.Line).ThenBy(n => n.Column);

    public static MigrationActivity Describe(FlowNode node) =>
        new(node.Id, node.Name, MigrationKinds.KindOf(node), MigrationKinds.ScopeIdOf(node));

    /// <summary>
    /// The plan's own problems, independent of any instance: unknown or unmigratable elements, different kinds, a
    /// source mapped twice, sub-processes merged, and boundary or start events moved away from their activity or scope.
    /// </summary>
    public static IReadOnlyList<MigrationProblem> Validate(MigrationPlan plan, DeployedDefinition source, DeployedDefinition target)
    {
        var problems = new List<MigrationProblem>();
        if (source.Id == target.Id)
        {
            problems.Add(new("migration.same-definition", $"Source and target are the same definition ({source.Key} version {source.Version})."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scopeTargets = new Dictionary<string, string>(StringComparer.Ordinal);
        var byId = plan.Instructions.GroupBy(i => i.SourceActivityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var instruction in plan.Instructions)
        {
            var id = instruction.SourceActivityId;
            if (!seen.Add(id))
            {
                problems.Add(new("migration.duplicate-source", $"'{id}' is mapped more than once.", id));
                continue;
            }

            if (!source.Model.NodesById.TryGetValue(id, out var from) || !MigrationKinds.IsMigratable(from))
            {
                problems.Add(new("migration.unknown-source-activity", $"Version {source.Version} has no activity '{id}' that can hold a token.", id));
                continue;
            }

            if (!target.Model.NodesById.TryGetValue(instruction.TargetActivityId, out var to) || !MigrationKinds.IsMigratable(to))
            {
                problems.Add(new("migration.unknown-target-activity", $"Version {target.Version} has no activity '{instruction.TargetActivityId}' to map '{id}' to.", id));
                continue;
            }

            if (MigrationKinds.KindOf(from) != MigrationKinds.KindOf(to))
            {
                problems.Add(new("migration.incompatible-kind",
                    $"'{id}' is a {MigrationKinds.KindOf(from)} and cannot become '{to.Id}', a {MigrationKinds.KindOf(to)}.", id));
                continue;
            }

            if (from is SubProcess && scopeTargets.TryGetValue(to.Id, out var other))
            {
                problems.Add(new("migration.scopes-merged", $"Sub-processes '{other}' and '{id}' cannot both become '{to.Id}'.", id));
            }

            if (from is SubProcess) scopeTargets[to.Id] = id;
            CheckAttachment(from, to, byId, problems);
        }

        return problems;
    }

    /// <summary>A boundary event must stay on the activity its activity moves to; an event sub-process start in its sub-process.</summary>
    private static void CheckAttachment(FlowNode from, FlowNode to, Dictionary<string, MigrationInstruction> byId, List<MigrationProblem> problems)
    {
        switch (from, to)
        {
            case (BoundaryEvent source, BoundaryEvent target):
                if (!byId.TryGetValue(source.AttachedTo.Id, out var host) || host.TargetActivityId != target.AttachedTo.Id)
                {
                    problems.Add(new("migration.boundary-moved",
                        $"Boundary event '{source.Id}' is attached to '{source.AttachedTo.Id}', which does not become '{target.AttachedTo.Id}' (the activity '{target.Id}' is attached to).", source.Id));
                }

                break;
            case (StartEvent { Scope: SubProcess sourceScope } source, StartEvent { Scope: SubProcess targetScope }):
                if (!byId.TryGetValue(sourceScope.Id, out var scope) || scope.TargetActivityId != targetScope.Id)
                {
                    problems.Add(new("migration.start-moved",
                        $"Start event '{source.Id}' starts '{sourceScope.Id}', which does not become '{targetScope.Id}'.", source.Id));
                }

                break;
        }
    }
}
