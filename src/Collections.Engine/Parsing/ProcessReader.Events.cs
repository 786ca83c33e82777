using Collections.Engine.Errors;
using Collections.Engine.Model;
using Collections.Engine.Timing;

namespace Collections.Engine.Parsing;

/// <summary>Events and their definitions (BPMN 2.0.2 §10.5): which definition each event position may carry.</summary>
internal sealed partial class ProcessReader
{
    /// <summary>A fixed instant for checking literal timers at deploy; only the format matters, not the due time.</summary>
    private static readonly DateTimeOffset ValidationNow = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Message = "message";
    private const string Timer = "timer";
    private const string Error = "error";
    private const string Terminate = "terminate";

    private StartEvent? ReadStartEvent(XmlElementNode el, IFlowScope scope)
    {
        // Process: none, message, timer. Embedded sub-process: none only. Event sub-process: message, timer, error (§10.3.5).
        string[] allowed = scope switch
        {
            ProcessModel => [Message, Timer],
            SubProcess { TriggeredByEvent: true } => [Message, Timer, Error],
            _ => [],
        };
        if (!TryReadDefinition(el, allowed, required: false, out var definition))
        {
            return null;
        }

        var c = ReadCommon(el);
        return new StartEvent
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
            Definition = definition,
            IsInterrupting = el.Attr("isInterrupting") is not { } interrupting || IsTrue(interrupting),
        };
    }

    private EndEvent? ReadEndEvent(XmlElementNode el)
    {
        if (!TryReadDefinition(el, [Terminate, Error], required: false, out var definition))
        {
            return null;
        }

        var c = ReadCommon(el);
        return new EndEvent
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
            Definition = definition,
        };
    }

    private IntermediateCatchEvent? ReadIntermediateCatchEvent(XmlElementNode el)
    {
        if (!TryReadDefinition(el, [Message, Timer], required: true, out var definition))
        {
            return null;
        }

        var c = ReadCommon(el);
        return new IntermediateCatchEvent
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
            Definition = definition,
        };
    }

    /// <summary>Only the none throw event: a milestone that passes straight through (BPMN 2.0.2 §10.5.4).</summary>
    private IntermediateThrowEvent? ReadIntermediateThrowEvent(XmlElementNode el)
    {
        if (!TryReadDefinition(el, [], required: false, out _))
        {
            return null;
        }

        var c = ReadCommon(el);
        return new IntermediateThrowEvent
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
        };
    }

    private BoundaryEvent? ReadBoundaryEvent(XmlElementNode el, Activity activity)
    {
        if (!TryReadDefinition(el, [Timer, Message, Error], required: true, out var definition))
        {
            return null;
        }

        var cancelActivity = el.Attr("cancelActivity") is not { } cancel || IsTrue(cancel);
        if (definition is ErrorEventDefinition && !cancelActivity)
        {
            // BPMN 2.0.2 §10.5.4 table 10.93: an error always interrupts the activity that raised it.
            Report(BpmnProblemCodes.ErrorBoundaryNonInterrupting, "An error boundary event is always interrupting; remove cancelActivity=\"false\".", el, el);
        }

        var c = ReadCommon(el);
        return new BoundaryEvent
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
            Definition = definition,
            AttachedTo = activity,
            CancelActivity = cancelActivity,
        };
    }

    /// <summary>
    /// Reads the event's single definition. False means the event cannot be built (reported already); a true result with
    /// a null definition is a none event.
    /// </summary>
    private bool TryReadDefinition(XmlElementNode el, string[] allowed, bool required, out EventDefinition? definition)
    {
        definition = null;
        var supportedHere = string.Join(", ", (required ? allowed : ["none", .. allowed]));
        var definitions = el.Children
            .Where(c => c.Namespace == BpmnNamespaces.Bpmn
                && (c.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) || c.LocalName == "eventDefinitionRef"))
            .ToList();
        if (definitions.Count == 0)
        {
            if (required)
            {
                Report(BpmnProblemCodes.EventDefinitionMissing, $"A {el.LocalName} needs an event definition; supported here: {supportedHere}.", el, el);
            }

            return !required;
        }

        if (definitions.Count > 1)
        {
            Report(BpmnProblemCodes.UnsupportedElement, $"Events with several definitions (multiple events, BPMN 2.0.2 §10.5.6) are not supported by Collections; supported here: {supportedHere}.", el, definitions[1]);
            return false;
        }

        var d = definitions[0];
        var kind = d.LocalName switch
        {
            "messageEventDefinition" => Message,
            "timerEventDefinition" => Timer,
            "errorEventDefinition" => Error,
            "terminateEventDefinition" => Terminate,
            _ => null,
        };
        if (kind is null || !allowed.Contains(kind))
        {
            Report(BpmnProblemCodes.UnsupportedElement, $"{d.LocalName} on this {el.LocalName} is not supported by Collections; supported here: {supportedHere}.", el, d);
            return false;
        }

        definition = kind switch
        {
            Message => ReadMessageDefinition(el, d),
            Timer => ReadTimerDefinition(el, d),
            Error => ReadErrorDefinition(el, d),
            _ => new TerminateEventDefinition { Line = d.Line },
        };
        return definition is not null;
    }

    private MessageEventDefinition? ReadMessageDefinition(XmlElementNode owner, XmlElementNode d) =>
        ResolveMessageName(owner, d) is { } name ? new MessageEventDefinition { MessageName = name, Line = d.Line } : null;

    /// <summary><c>messageRef</c> to the root <c>bpmn:message</c>, whose <c>name</c> is what correlation matches on.</summary>
    private Expression? ResolveMessageName(XmlElementNode owner, XmlElementNode at)
    {
        var reference = at.Attr("messageRef");
        if (string.IsNullOrWhiteSpace(reference))
        {
            Report(BpmnProblemCodes.MessageRefMissing, "No messageRef: say which bpmn:message this waits for.", owner, at);
            return null;
        }

        if (Lookup(messages, reference) is not { } message)
        {
            Report(BpmnProblemCodes.MessageRefUnknown, $"messageRef '{reference}' names no bpmn:message of this file.", owner, at);
            return null;
        }

        if (string.IsNullOrWhiteSpace(message.Attr("name")))
        {
            Report(BpmnProblemCodes.MessageNameMissing, $"bpmn:message '{reference}' (line {message.Line}) has no name; the name is what a correlated message must carry.", owner, at);
            return null;
        }

        return Compile(message.Attr("name")!.Trim(), owner, at);
    }

    /// <summary>Exactly one of timeDate, timeDuration, timeCycle (BPMN 2.0.2 §10.5.5 table 10.104).</summary>
    private TimerEventDefinition? ReadTimerDefinition(XmlElementNode owner, XmlElementNode d)
    {
        var parts = d.Children.Where(c => c.IsBpmn("timeDate") || c.IsBpmn("timeDuration") || c.IsBpmn("timeCycle")).ToList();
        if (parts.Count != 1)
        {
            Report(BpmnProblemCodes.TimerDefinition, $"A timer needs exactly one of timeDate, timeDuration or timeCycle; this one has {parts.Count}.", owner, d);
            return null;
        }

        var part = parts[0];
        var kind = part.LocalName switch
        {
            "timeDate" => TimerKind.Date,
            "timeDuration" => TimerKind.Duration,
            _ => TimerKind.Cycle,
        };
        var text = part.Text.Trim();
        if (text.Length == 0)
        {
            Report(BpmnProblemCodes.TimerDefinition, $"The {part.LocalName} of this timer is empty.", owner, part);
            return null;
        }

        if (!IsExpression(text))
        {
            try
            {
                TimerCalculator.First(kind, text, ValidationNow);
            }
            catch (TimerFormatException e)
            {
                Report(BpmnProblemCodes.TimerInvalid, e.Message, owner, part);
            }
        }

        return new TimerEventDefinition { Kind = kind, Value = Compile(text, owner, part), Line = d.Line };
    }

    /// <summary><c>errorRef</c> to a root <c>bpmn:error</c>; none on a catch event catches every error (§10.5.5).</summary>
    private ErrorEventDefinition? ReadErrorDefinition(XmlElementNode owner, XmlElementNode d)
    {
        string? code = null;
        var reference = d.Attr("errorRef");
        if (!string.IsNullOrWhiteSpace(reference))
        {
            if (Lookup(errors, reference) is not { } error)
            {
                Report(BpmnProblemCodes.ErrorRefUnknown, $"errorRef '{reference}' names no bpmn:error of this file.", owner, d);
                return null;
            }

            code = error.Attr("errorCode");
        }

        return new ErrorEventDefinition
        {
            ErrorCode = code,
            ErrorCodeVariable = d.CamundaAttr("errorCodeVariable"),
            ErrorMessageVariable = d.CamundaAttr("errorMessageVariable"),
            Line = d.Line,
        };
    }

    /// <summary>References are QNames in the schema; some tools write them with a prefix (<c>tns:Message_1</c>).</summary>
    private static XmlElementNode? Lookup(IReadOnlyDictionary<string, XmlElementNode> byId, string reference)
    {
        var key = reference.Trim();
        if (byId.TryGetValue(key, out var found))
        {
            return found;
        }

        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && byId.TryGetValue(key[(colon + 1)..], out found) ? found : null;
    }

    /// <summary>Indexes start events where the engine looks for them: per scope, and by message name for the process.</summary>
    private void RegisterStart(IFlowScope scope, StartEvent start, XmlElementNode el)
    {
        switch (scope)
        {
            case ProcessModel p when start.Definition is null:
                if (p.NoneStartEvent is not null)
                {
                    Report(BpmnProblemCodes.MultipleNoneStart, $"The process already has none start event '{p.NoneStartEvent.Id}'; a scope can have only one.", el, el);
                    break;
                }

                p.NoneStartEvent = start;
                break;
            case ProcessModel p when start.Definition is MessageEventDefinition message:
                if (!message.MessageName.IsLiteral && IsExpression(message.MessageName.Text))
                {
                    Report(BpmnProblemCodes.UnsupportedAttribute, "A message start event needs a fixed message name: there is no instance yet to evaluate an expression in.", el, el);
                }

                if (!p.MessageStartEvents.TryAdd(message.MessageName.Text, start))
                {
                    Report(BpmnProblemCodes.DuplicateMessageStart, $"Start event '{p.MessageStartEvents[message.MessageName.Text].Id}' already starts on message '{message.MessageName.Text}'.", el, el);
                }

                break;
            case ProcessModel p when start.Definition is TimerEventDefinition:
                p.TimerStartEvents.Add(start);
                break;
            case SubProcess { TriggeredByEvent: false } s when start.Definition is null:
                if (s.NoneStartEvent is not null)
                {
                    Report(BpmnProblemCodes.MultipleNoneStart, $"Sub-process '{s.Id}' already has none start event '{s.NoneStartEvent.Id}'; a scope can have only one.", el, el);
                    break;
                }

                s.NoneStartEvent = start;
                break;
            case SubProcess { TriggeredByEvent: true } s when start.Definition is not null:
                s.TriggerStartEvent ??= start;
                break;
        }
    }
}
