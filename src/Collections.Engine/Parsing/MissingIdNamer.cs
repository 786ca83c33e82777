namespace Collections.Engine.Parsing;

/// <summary>
/// Gives flow elements and sequence flows that have no <c>id</c> a generated one before the processes are read, as
/// Camunda 7 does, and reports each with a warning. The id depends only on the XML (a flow is named from its source
/// and target, anything else from its kind and position in its scope), so redeploying the same file gives the same
/// ids and instance migration still maps them. A generated id never takes an id written in the file.
/// </summary>
internal static class MissingIdNamer
{
    public static void NameAll(XmlElementNode root, List<BpmnProblem> problems)
    {
        var taken = CollectIds(root);
        foreach (var process in root.BpmnChildren("process"))
        {
            // The process itself keeps its required id: it is the key for starting and versioning.
            var scopes = new Stack<XmlElementNode>();
            scopes.Push(process);
            while (scopes.Count > 0)
            {
                NameScope(scopes.Pop(), taken, problems, scopes);
            }
        }
    }

    private static void NameScope(XmlElementNode scope, HashSet<string> taken, List<BpmnProblem> problems, Stack<XmlElementNode> scopes)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in scope.Children)
        {
            if (child.Namespace != BpmnNamespaces.Bpmn || ProcessReader.IgnoredScopeChildren.Contains(child.LocalName))
            {
                continue;
            }

            if (string.IsNullOrEmpty(child.Attr("id")))
            {
                var count = position.GetValueOrDefault(child.LocalName);
                position[child.LocalName] = count + 1;
                var id = Unique(Candidate(scope, child, count), taken);
                child.SetAttr("id", id);
                problems.Add(new BpmnProblem(
                    BpmnProblemSeverity.Warning,
                    BpmnProblemCodes.GeneratedId,
                    $"This {child.LocalName} has no id; it was given '{id}', which stays the same as long as the file does. Write an id to name it yourself.",
                    child.LocalName,
                    id,
                    child.Line,
                    child.Column));
            }

            if (child.LocalName == "subProcess")
            {
                scopes.Push(child);
            }
        }
    }

    /// <summary>A flow is named from its ends, so adding an element elsewhere does not rename it.</summary>
    private static string Candidate(XmlElementNode scope, XmlElementNode el, int count)
    {
        if (el.LocalName == "sequenceFlow" && el.Attr("sourceRef") is { Length: > 0 } source && el.Attr("targetRef") is { Length: > 0 } target)
        {
            return $"sequenceFlow_{source}_{target}";
        }

        var scopeId = scope.Attr("id");
        return string.IsNullOrEmpty(scopeId) ? $"{el.LocalName}_{count}" : $"{scopeId}_{el.LocalName}_{count}";
    }

    private static string Unique(string candidate, HashSet<string> taken)
    {
        var id = candidate;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = $"{candidate}_{n}";
        }

        return id;
    }

    /// <summary>Every id written anywhere in the file (DI shapes too), walked without recursion.</summary>
    private static HashSet<string> CollectIds(XmlElementNode root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<XmlElementNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var el = pending.Pop();
            if (el.Attr("id") is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            foreach (var child in el.Children)
            {
                pending.Push(child);
            }
        }

        return ids;
    }
}
