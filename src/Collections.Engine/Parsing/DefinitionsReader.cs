using Collections.Engine.Expressions;
using Collections.Engine.Model;

namespace Collections.Engine.Parsing;

/// <summary>
/// Reads <c>bpmn:definitions</c> (BPMN 2.0.2 §8.2): the root-level messages and errors that events refer to, then
/// each process. Collaborations, participants, DI and vendor elements do not affect execution and are skipped.
/// </summary>
internal sealed class DefinitionsReader(IExpressionCompiler compiler, XmlElementNode root, List<BpmnProblem> problems)
{
    /// <summary>Root elements Collections cannot execute (BPMN 2.0.2 §10.3.7 global tasks, §11 choreographies).</summary>
    private static readonly HashSet<string> UnsupportedRootElements = new(StringComparer.Ordinal)
    {
        "globalTask", "globalUserTask", "globalScriptTask", "globalManualTask", "globalBusinessRuleTask", "choreography",
    };

    public void Read(List<ProcessModel> processes)
    {
        if (root.Namespace != BpmnNamespaces.Bpmn || root.LocalName != "definitions")
        {
            problems.Add(new BpmnProblem(
                BpmnProblemSeverity.Error,
                BpmnProblemCodes.NotBpmn,
                $"The root element is '{root.LocalName}' in namespace '{root.Namespace}'; a BPMN file has root 'definitions' in namespace '{BpmnNamespaces.Bpmn}'.",
                root.LocalName,
                null,
                root.Line,
                root.Column));
            return;
        }

        var messages = new Dictionary<string, XmlElementNode>(StringComparer.Ordinal);
        var errors = new Dictionary<string, XmlElementNode>(StringComparer.Ordinal);
        var rootIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in root.Children.Where(c => c.Namespace == BpmnNamespaces.Bpmn))
        {
            var id = child.Attr("id");
            if (id is not null && !rootIds.Add(id))
            {
                Add(BpmnProblemCodes.DuplicateId, $"Another root element already has id '{id}'; ids must be unique in a file.", child, id);
            }

            if (id is null)
            {
                continue;
            }

            if (child.LocalName == "message")
            {
                messages.TryAdd(id, child);
            }
            else if (child.LocalName == "error")
            {
                errors.TryAdd(id, child);
            }
            else if (UnsupportedRootElements.Contains(child.LocalName))
            {
                Add(BpmnProblemCodes.UnsupportedElement, $"{child.LocalName} is not supported by Collections; model the work inside a process.", child, id);
            }
        }

        MissingIdNamer.NameAll(root, problems);

        // Ids are unique per file (BPMN 2.0.2 §8.3.1 BaseElement), so processes share one set of seen ids.
        var seenIds = new Dictionary<string, XmlElementNode>(StringComparer.Ordinal);
        foreach (var processElement in root.BpmnChildren("process"))
        {
            var reader = new ProcessReader(compiler, processElement, messages, errors, problems, seenIds);
            processes.Add(reader.Read());
        }

        if (processes.Count == 0)
        {
            problems.Add(new BpmnProblem(
                BpmnProblemSeverity.Error,
                BpmnProblemCodes.NoProcess,
                "The file has no bpmn:process, so there is nothing to deploy.",
                "definitions",
                root.Attr("id"),
                root.Line,
                root.Column));
        }
    }

    /// <summary>Root-level problems block deployment only when the file has something to deploy.</summary>
    private void Add(string code, string message, XmlElementNode at, string? id)
    {
        var executable = root.BpmnChildren("process").Any(p => ProcessReader.IsTrue(p.Attr("isExecutable")));
        var severity = executable ? BpmnProblemSeverity.Error : BpmnProblemSeverity.Warning;
        problems.Add(new BpmnProblem(severity, code, message, at.LocalName, id, at.Line, at.Column));
    }
}
