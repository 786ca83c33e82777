using System.Runtime.CompilerServices;
using Collections.Engine.Errors;
using Collections.Engine.Expressions;
using Collections.Engine.Model;

namespace Collections.Engine.Parsing;

/// <summary>
/// Builds one <see cref="ProcessModel"/> from a <c>bpmn:process</c> element (BPMN 2.0.2 §10.2) in three passes:
/// create the nodes of every scope, then attach boundary events, then wire sequence flows and defaults, so that
/// references may point forwards and across the file in any order. Validation runs last on the wired graph.
/// </summary>
internal sealed partial class ProcessReader
{
    /// <summary>Elements inside a process or sub-process that do not affect execution (lanes, artifacts, data).</summary>
    internal static readonly HashSet<string> IgnoredScopeChildren = new(StringComparer.Ordinal)
    {
        "laneSet", "lane", "textAnnotation", "association", "group", "dataObject", "dataObjectReference", "dataStoreReference",
        "dataStore", "ioSpecification", "ioBinding", "documentation", "extensionElements", "property", "auditing", "monitoring",
        "incoming", "outgoing", "dataInputAssociation", "dataOutputAssociation", "supportedInterfaceRef", "resourceRole",
        "performer", "humanPerformer", "potentialOwner", "correlationSubscription", "category", "categoryValue",

        // Loop markers of a sub-process sit among its children; CheckActivityMarkers reports them against the activity.
        "multiInstanceLoopCharacteristics", "standardLoopCharacteristics",
    };

    /// <summary>Flow elements BPMN defines but Collections does not execute (DESIGN.md "Supported BPMN").</summary>
    private static readonly HashSet<string> UnsupportedFlowElements = new(StringComparer.Ordinal)
    {
        "businessRuleTask", "complexGateway", "transaction", "adHocSubProcess", "callChoreography", "choreographyTask",
        "subChoreography", "implicitThrowEvent", "globalTask",
    };

    private readonly IExpressionCompiler compiler;
    private readonly XmlElementNode processElement;
    private readonly IReadOnlyDictionary<string, XmlElementNode> messages;
    private readonly IReadOnlyDictionary<string, XmlElementNode> errors;
    private readonly List<BpmnProblem> problems;
    private readonly Dictionary<string, XmlElementNode> seenIds;
    private readonly BpmnProblemSeverity severity;

    /// <summary>Ids of elements already reported as unsupported: flows and boundary events touching them are dropped quietly.</summary>
    private readonly HashSet<string> skippedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<IFlowScope, Dictionary<string, FlowNode>> scopeNodes = [];
    private readonly List<(XmlElementNode Element, IFlowScope Scope)> pendingFlows = [];
    private readonly List<(XmlElementNode Element, IFlowScope Scope)> pendingBoundaries = [];
    private readonly List<(FlowNode Node, XmlElementNode Element)> pendingDefaults = [];
    private readonly Dictionary<FlowNode, XmlElementNode> nodeElements = [];
    private ProcessModel process = null!;

    public ProcessReader(
        IExpressionCompiler compiler,
        XmlElementNode processElement,
        IReadOnlyDictionary<string, XmlElementNode> messages,
        IReadOnlyDictionary<string, XmlElementNode> errors,
        List<BpmnProblem> problems,
        Dictionary<string, XmlElementNode> seenIds)
    {
        this.compiler = compiler;
        this.processElement = processElement;
        this.messages = messages;
        this.errors = errors;
        this.problems = problems;
        this.seenIds = seenIds;
        severity = IsTrue(processElement.Attr("isExecutable")) ? BpmnProblemSeverity.Error : BpmnProblemSeverity.Warning;
    }

    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public ProcessModel Read()
    {
        var el = processElement;
        var id = el.Attr("id");
        if (string.IsNullOrEmpty(id))
        {
            Report(BpmnProblemCodes.MissingId, "The process has no id; the id is its key for starting and versioning.", el, el);
        }

        var properties = ReadProperties(el.CamundaExtensions("properties"));
        CheckTexts(el, properties, ProcessTextKeys.NamePrefix, ProcessTextKeys.DocumentationPrefix);
        process = new ProcessModel
        {
            NameTranslations = ProcessTextKeys.Select(properties, ProcessTextKeys.NamePrefix),
            DocumentationTranslations = ProcessTextKeys.Select(properties, ProcessTextKeys.DocumentationPrefix),
            Id = id ?? "",
            Name = el.Attr("name"),
            ElementKind = el.LocalName,
            Line = el.Line,
            Column = el.Column,
            Documentation = ReadDocumentation(el),
            IsExecutable = severity == BpmnProblemSeverity.Error,
            VersionTag = el.CamundaAttr("versionTag"),
        };

        ReadScope(el, process);
        ResolveBoundaryEvents();
        ResolveFlows();
        ResolveDefaultFlows();
        Validate();
        ReportForbiddenCamunda();
        return process;
    }

    /// <summary>First pass over one scope: creates its flow nodes (recursing into sub-processes) and defers the rest.</summary>
    private void ReadScope(XmlElementNode scopeElement, IFlowScope scope)
    {
        // Depth is bounded by BpmnParserOptions.MaxDepth; this guards a host that raised it absurdly high.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        scopeNodes[scope] = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        foreach (var child in scopeElement.Children)
        {
            if (child.Namespace != BpmnNamespaces.Bpmn || IgnoredScopeChildren.Contains(child.LocalName))
            {
                continue;
            }

            switch (child.LocalName)
            {
                case "sequenceFlow":
                    if (RegisterId(child))
                    {
                        pendingFlows.Add((child, scope));
                    }

                    break;
                case "boundaryEvent":
                    if (RegisterId(child))
                    {
                        pendingBoundaries.Add((child, scope));
                    }

                    break;
                default:
                    if (RegisterId(child) && ReadFlowNode(child, scope) is { } node)
                    {
                        AddNode(scope, node, child);
                        if (node is SubProcess sub)
                        {
                            ReadScope(child, sub);
                        }
                    }

                    break;
            }
        }
    }

    private FlowNode? ReadFlowNode(XmlElementNode el, IFlowScope scope)
    {
        var node = el.LocalName switch
        {
            "startEvent" => ReadStartEvent(el, scope),
            "endEvent" => ReadEndEvent(el),
            "intermediateCatchEvent" => ReadIntermediateCatchEvent(el),
            "intermediateThrowEvent" => ReadIntermediateThrowEvent(el),
            "userTask" => ReadUserTask(el),
            "serviceTask" or "sendTask" => ReadExternalTask(el),
            "scriptTask" => ReadScriptTask(el),
            "receiveTask" => ReadReceiveTask(el),
            "task" or "manualTask" => ReadNoneTask(el),
            "subProcess" => ReadSubProcess(el),
            "callActivity" => ReadCallActivity(el),
            "exclusiveGateway" or "parallelGateway" or "inclusiveGateway" or "eventBasedGateway" => ReadGateway(el),
            _ => Unsupported(el),
        };

        if (node is Activity)
        {
            CheckActivityMarkers(el);
        }

        if (node is null)
        {
            skippedIds.Add(el.Attr("id")!);
        }
        else if (el.Attr("default") is { Length: > 0 })
        {
            pendingDefaults.Add((node, el));
        }

        return node;
    }

    private FlowNode? Unsupported(XmlElementNode el)
    {
        var why = UnsupportedFlowElements.Contains(el.LocalName)
            ? $"{el.LocalName} is not supported by Collections."
            : $"{el.LocalName} is not a flow element Collections knows.";
        Report(BpmnProblemCodes.UnsupportedElement, why + " Supported: events, user/service/send/script/receive tasks, gateways, sub-processes and call activities.", el, el);
        return null;
    }

    /// <summary>Loops and compensation change how an activity runs; we cannot honour them, so they block deployment.</summary>
    private void CheckActivityMarkers(XmlElementNode el)
    {
        foreach (var child in el.Children.Where(c => c.Namespace == BpmnNamespaces.Bpmn))
        {
            if (child.LocalName is "multiInstanceLoopCharacteristics" or "standardLoopCharacteristics")
            {
                Report(BpmnProblemCodes.UnsupportedElement, $"{child.LocalName} (BPMN 2.0.2 §10.3.8 loops) is not supported by Collections; model the repetition with a gateway and a flow back.", el, child);
            }
        }

        if (IsTrue(el.Attr("isForCompensation")))
        {
            Report(BpmnProblemCodes.UnsupportedElement, "Compensation activities (isForCompensation) are not supported by Collections.", el, el);
        }
    }

    /// <summary>Second pass: boundary events, now that every activity exists (BPMN 2.0.2 §10.5.4).</summary>
    private void ResolveBoundaryEvents()
    {
        foreach (var (el, scope) in pendingBoundaries)
        {
            var id = el.Attr("id")!;
            var attachedToRef = el.Attr("attachedToRef");
            if (attachedToRef is not null && skippedIds.Contains(attachedToRef))
            {
                skippedIds.Add(id);
                continue;
            }

            if (attachedToRef is null || !process.NodesById.TryGetValue(attachedToRef, out var target))
            {
                Report(BpmnProblemCodes.BoundaryUnknownActivity, $"attachedToRef '{attachedToRef}' names no element of this process.", el, el);
                skippedIds.Add(id);
                continue;
            }

            if (target is not Activity activity)
            {
                Report(BpmnProblemCodes.BoundaryNotActivity, $"attachedToRef '{attachedToRef}' is a {target.ElementKind}; boundary events attach to tasks, sub-processes and call activities only.", el, el);
                skippedIds.Add(id);
                continue;
            }

            var node = ReadBoundaryEvent(el, activity);
            if (node is null)
            {
                skippedIds.Add(id);
                continue;
            }

            activity.BoundaryEvents.Add(node);

            // The boundary event lives where its activity lives, whatever scope the XML nested it in.
            AddNode(activity.Scope ?? scope, node, el);
        }
    }

    /// <summary>Third pass: sequence flows (BPMN 2.0.2 §10.5.1), which must join two nodes of the same scope.</summary>
    private void ResolveFlows()
    {
        foreach (var (el, scope) in pendingFlows)
        {
            var id = el.Attr("id")!;
            var source = ResolveFlowEnd(el, scope, "sourceRef");
            var target = ResolveFlowEnd(el, scope, "targetRef");
            if (source is null || target is null)
            {
                // Reported already (or touching a rejected element); a default pointing at it says nothing new.
                skippedIds.Add(id);
                continue;
            }

            var flow = new SequenceFlow
            {
                Id = id,
                Name = el.Attr("name"),
                ElementKind = el.LocalName,
                Line = el.Line,
                Column = el.Column,
                Documentation = ReadDocumentation(el),
                Source = source,
                Target = target,
                Condition = ReadCondition(el),
            };
            source.Outgoing.Add(flow);
            target.Incoming.Add(flow);
            process.FlowsById[id] = flow;
            switch (scope)
            {
                case ProcessModel p:
                    p.Flows.Add(flow);
                    break;
                case SubProcess s:
                    s.Flows.Add(flow);
                    break;
            }
        }
    }

    private FlowNode? ResolveFlowEnd(XmlElementNode el, IFlowScope scope, string attribute)
    {
        var reference = el.Attr(attribute);
        if (string.IsNullOrEmpty(reference))
        {
            Report(BpmnProblemCodes.FlowUnknownRef, $"The sequence flow has no {attribute}.", el, el);
            return null;
        }

        if (scopeNodes[scope].TryGetValue(reference, out var node))
        {
            return node;
        }

        if (process.NodesById.TryGetValue(reference, out var elsewhere))
        {
            var where = elsewhere.Scope is { } s && s != (IFlowScope)process ? $"sub-process '{s.Id}'" : "the process";
            var here = scope is ProcessModel ? "the process" : $"sub-process '{scope.Id}'";
            Report(BpmnProblemCodes.FlowCrossesScope, $"{attribute} '{reference}' is in {where} but the flow is in {here}; a sequence flow cannot cross a sub-process boundary (BPMN 2.0.2 §10.5.1).", el, el);
            return null;
        }

        if (!skippedIds.Contains(reference))
        {
            Report(BpmnProblemCodes.FlowUnknownRef, $"{attribute} '{reference}' names no flow node of this process.", el, el);
        }

        return null;
    }

    private void ResolveDefaultFlows()
    {
        foreach (var (node, el) in pendingDefaults)
        {
            var flowId = el.Attr("default")!;
            if (skippedIds.Contains(flowId))
            {
                continue;
            }

            if (!process.FlowsById.TryGetValue(flowId, out var flow) || flow.Source != node)
            {
                Report(BpmnProblemCodes.DefaultFlowInvalid, $"default '{flowId}' is not an outgoing sequence flow of this element.", el, el);
                continue;
            }

            switch (node)
            {
                case Gateway gateway:
                    gateway.DefaultFlow = flow;
                    break;
                case Activity activity:
                    activity.DefaultFlow = flow;
                    break;
            }
        }
    }

    private void AddNode(IFlowScope scope, FlowNode node, XmlElementNode el)
    {
        node.Scope = scope;
        nodeElements[node] = el;
        scopeNodes[scope][node.Id] = node;
        process.NodesById[node.Id] = node;
        switch (scope)
        {
            case ProcessModel p:
                p.Nodes.Add(node);
                break;
            case SubProcess s:
                s.Nodes.Add(node);
                break;
        }

        if (node is SubProcess { TriggeredByEvent: true } eventSubProcess)
        {
            (scope switch
            {
                ProcessModel p => p.EventSubProcesses,
                SubProcess s => s.EventSubProcesses,
                _ => new List<SubProcess>(),
            }).Add(eventSubProcess);
        }

        if (node is StartEvent start)
        {
            RegisterStart(scope, start, el);
        }
    }

    /// <summary>Ids are unique per file (BPMN 2.0.2 §8.3.1); a repeat is reported and the second element skipped.</summary>
    private bool RegisterId(XmlElementNode el)
    {
        var id = el.Attr("id");
        if (string.IsNullOrEmpty(id))
        {
            Report(BpmnProblemCodes.MissingId, $"This {el.LocalName} has no id; every flow element needs one to be referenced and tracked.", el, el);
            return false;
        }

        if (seenIds.TryGetValue(id, out var first))
        {
            Report(BpmnProblemCodes.DuplicateId, $"Id '{id}' is already used by the {first.LocalName} at line {first.Line}; ids must be unique in a file.", el, el);
            return false;
        }

        seenIds[id] = el;
        return true;
    }

    private static string? ReadDocumentation(XmlElementNode el)
    {
        var text = string.Join(Environment.NewLine, el.BpmnChildren("documentation").Select(d => d.Text.Trim()).Where(t => t.Length > 0));
        return text.Length == 0 ? null : text;
    }

    /// <summary>Compiles expression text once at deploy; a syntax error becomes a problem, never an exception.</summary>
    private Expression Compile(string text, XmlElementNode owner, XmlElementNode at)
    {
        try
        {
            return compiler.Compile(text);
        }
        catch (ExpressionSyntaxException e)
        {
            Report(BpmnProblemCodes.ExpressionSyntax, e.Message, owner, at);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Report(BpmnProblemCodes.ExpressionSyntax, $"Cannot compile '{text}': {e.Message}", owner, at);
        }

        return new Expression(text, null);
    }

    private Expression? CompileOptional(string? text, XmlElementNode owner, XmlElementNode at) =>
        string.IsNullOrWhiteSpace(text) ? null : Compile(text.Trim(), owner, at);

    private static bool IsExpression(string text) =>
        text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal);

    /// <summary>Adds a problem about <paramref name="owner"/> (its kind and id) found at <paramref name="at"/>'s line.</summary>
    private void Report(string code, string message, XmlElementNode owner, XmlElementNode at, string? kind = null) =>
        problems.Add(new BpmnProblem(severity, code, message, kind ?? owner.LocalName, owner.Attr("id"), at.Line, at.Column));
}
