using Collections.Engine.Model;

namespace Collections.Engine.Parsing;

/// <summary>Checks on the wired graph, and the Camunda features Collections refuses (Java delegates, forms, listeners).</summary>
internal sealed partial class ProcessReader
{
    private const string DelegateHint =
        "Collections has no Java delegates; use camunda:type=\"external\" with a camunda:topic and an external-task worker.";

    private const string FormHint = "Collections has no embedded or Camunda forms; describe the form with camunda:formData.";

    private const string ListenerHint = "Collections runs no listeners; use a script task, or an external task for side effects.";

    /// <summary>Camunda attributes on BPMN elements that need a Java runtime or a form server.</summary>
    private static readonly Dictionary<string, string> ForbiddenCamundaAttributes = new(StringComparer.Ordinal)
    {
        ["class"] = DelegateHint,
        ["delegateExpression"] = DelegateHint,
        ["expression"] = DelegateHint,
        ["variableMappingClass"] = DelegateHint,
        ["variableMappingDelegateExpression"] = DelegateHint,
        ["formKey"] = FormHint,
        ["formRef"] = FormHint,
        ["decisionRef"] = "Collections has no DMN engine; decide with an exclusive gateway or a script task.",
    };

    /// <summary>Camunda extension elements that need a Java runtime, a connector or listeners.</summary>
    private static readonly Dictionary<string, string> ForbiddenCamundaElements = new(StringComparer.Ordinal)
    {
        ["field"] = DelegateHint,
        ["connector"] = "Collections has no connectors; " + DelegateHint,
        ["executionListener"] = ListenerHint,
        ["taskListener"] = ListenerHint,
        ["formProperty"] = "Legacy form properties are not supported; use camunda:formData.",
    };

    private void Validate()
    {
        foreach (var node in process.NodesById.Values)
        {
            switch (node)
            {
                case Gateway gateway when gateway.Outgoing.Count == 0:
                    Report(BpmnProblemCodes.GatewayNoOutgoing, "The gateway has no outgoing sequence flow, so a token reaching it could never leave.", ElementOf(node), ElementOf(node));
                    break;
                case EventBasedGateway gateway:
                    ValidateEventGateway(gateway);
                    break;
                case SubProcess { TriggeredByEvent: true } eventSubProcess:
                    ValidateEventSubProcess(eventSubProcess);
                    break;
                case SubProcess embedded when embedded.NoneStartEvent is null:
                    var element = ElementOf(embedded);
                    if (!element.BpmnChildren("startEvent").Any(s => skippedIds.Contains(s.Attr("id") ?? "")))
                    {
                        Report(BpmnProblemCodes.SubProcessStartMissing, "An embedded sub-process needs one none start event where its tokens begin.", element, element);
                    }

                    break;
            }
        }

        var starts = processElement.BpmnChildren("startEvent").ToList();
        if (starts.Count == 0)
        {
            Report(BpmnProblemCodes.NoStartEvent, "The process has no start event, so it can never be started.", processElement, processElement);
        }
        else if (process.NoneStartEvent is null && process.MessageStartEvents.Count == 0 && process.TimerStartEvents.Count == 0)
        {
            Report(BpmnProblemCodes.NoExecutableStart, "None of the process's start events can start it; it needs a none, message or timer start event.", processElement, processElement);
        }
    }

    /// <summary>BPMN 2.0.2 §10.6.6: after an event-based gateway come only catching events or receive tasks.</summary>
    private void ValidateEventGateway(EventBasedGateway gateway)
    {
        foreach (var flow in gateway.Outgoing)
        {
            // A receive task without a message waits for an API trigger, which is no event the gateway could race.
            if (flow.Target is not (IntermediateCatchEvent or ReceiveTask { MessageName: not null }))
            {
                Report(BpmnProblemCodes.EventGatewayTarget, $"Sequence flow '{flow.Id}' leads to {flow.Target.ElementKind} '{flow.Target.Id}'; after an event-based gateway only intermediate catch events and receive tasks with a message may follow.", ElementOf(gateway), ElementOf(gateway));
            }
        }
    }

    /// <summary>BPMN 2.0.2 §10.3.5: an event sub-process has exactly one start event with a trigger, and no flows in or out.</summary>
    private void ValidateEventSubProcess(SubProcess eventSubProcess)
    {
        var element = ElementOf(eventSubProcess);
        var starts = element.BpmnChildren("startEvent").ToList();
        if (starts.Count != 1)
        {
            Report(BpmnProblemCodes.EventSubProcessStart, $"An event sub-process needs exactly one start event with a message, timer or error definition; this one has {starts.Count} start events.", element, element);
        }
        else if (eventSubProcess.TriggerStartEvent is null && !skippedIds.Contains(starts[0].Attr("id") ?? ""))
        {
            Report(BpmnProblemCodes.EventSubProcessStart, "The start event of an event sub-process needs a message, timer or error definition: it says what triggers it.", element, starts[0]);
        }

        if (eventSubProcess.Incoming.Count > 0 || eventSubProcess.Outgoing.Count > 0)
        {
            Report(BpmnProblemCodes.EventSubProcessFlows, "An event sub-process is started by its event, not by sequence flows; remove its incoming and outgoing flows.", element, element);
        }
    }

    /// <summary>Walks the whole process (without recursion) for Camunda features Collections cannot honour.</summary>
    private void ReportForbiddenCamunda()
    {
        var stack = new Stack<(XmlElementNode Node, XmlElementNode Owner)>();
        stack.Push((processElement, processElement));
        while (stack.TryPop(out var item))
        {
            var (node, owner) = item;
            if (node.Namespace == BpmnNamespaces.Bpmn)
            {
                if (node.Attr("id") is not null)
                {
                    owner = node;
                }

                foreach (var (ns, name, _) in node.Attributes)
                {
                    if (ns == BpmnNamespaces.Camunda && ForbiddenCamundaAttributes.TryGetValue(name, out var hint))
                    {
                        Report(BpmnProblemCodes.UnsupportedCamunda, $"camunda:{name} is not supported: {hint}", owner, node);
                    }
                }
            }
            else if (node.Namespace == BpmnNamespaces.Camunda && ForbiddenCamundaElements.TryGetValue(node.LocalName, out var hint))
            {
                Report(BpmnProblemCodes.UnsupportedCamunda, $"camunda:{node.LocalName} is not supported: {hint}", owner, node);
                continue;
            }

            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((node.Children[i], owner));
            }
        }
    }

    private XmlElementNode ElementOf(FlowNode node) => nodeElements[node];
}
