using Collections.Engine.Model;

namespace Collections.Engine.Parsing;

/// <summary>Tasks, sub-processes, call activities and gateways (BPMN 2.0.2 §10.3, §10.6) in the Camunda 7 dialect.</summary>
internal sealed partial class ProcessReader
{
    private UserTask ReadUserTask(XmlElementNode el)
    {
        var c = ReadCommon(el);
        var task = new UserTask
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
            Assignee = CompileOptional(el.CamundaAttr("assignee"), el, el),
            CandidateGroups = CompileOptional(el.CamundaAttr("candidateGroups"), el, el),
            CandidateUsers = CompileOptional(el.CamundaAttr("candidateUsers"), el, el),
            DueDate = ReadDate(el, "dueDate"),
            FollowUpDate = ReadDate(el, "followUpDate"),
            Priority = CompileOptional(el.CamundaAttr("priority"), el, el),
        };
        task.FormFields.AddRange(ReadFormData(el));
        return task;
    }

    /// <summary>
    /// Service and send tasks run as external tasks only (DESIGN.md D10): work a worker fetches by topic. Anything else
    /// is reported and replaced by a pass-through placeholder, so the rest of the graph still wires up for viewing.
    /// </summary>
    private Activity ReadExternalTask(XmlElementNode el)
    {
        var hasJavaImplementation = el.CamundaAttr("class") is not null || el.CamundaAttr("delegateExpression") is not null
            || el.CamundaAttr("expression") is not null || el.CamundaExtensions("connector").Any();
        var topic = el.CamundaAttr("topic");
        if (hasJavaImplementation)
        {
            // Reported by ReportForbiddenCamunda with the exact attribute; one problem per cause is enough.
            return ReadNoneTask(el);
        }

        if (!string.Equals(el.CamundaAttr("type"), "external", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(topic))
        {
            var missing = string.Equals(el.CamundaAttr("type"), "external", StringComparison.Ordinal) ? "has no camunda:topic" : "is not camunda:type=\"external\"";
            Report(
                BpmnProblemCodes.ServiceTaskNotExternal,
                $"This {el.LocalName} {missing}. Collections has no Java delegates: set camunda:type=\"external\" and a camunda:topic, and let an external-task worker do the work.",
                el,
                el);
            return ReadNoneTask(el);
        }

        var c = ReadCommon(el);
        return new ExternalTask
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
            Topic = Compile(topic.Trim(), el, el),
            Priority = CompileOptional(el.CamundaAttr("taskPriority"), el, el),
        };
    }

    private ScriptTask ReadScriptTask(XmlElementNode el)
    {
        var script = el.BpmnChildren("script").FirstOrDefault();
        var c = ReadCommon(el);
        return new ScriptTask
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
            Script = ReadScript(el.Attr("scriptFormat"), script?.Text, el, script ?? el),
            ResultVariable = el.CamundaAttr("resultVariable"),
        };
    }

    /// <summary>
    /// With a <c>messageRef</c> it waits for that message; without one it waits until triggered through the engine
    /// API, as Camunda 7's receive task does (<c>RuntimeService.signal</c>).
    /// </summary>
    private Activity ReadReceiveTask(XmlElementNode el)
    {
        Expression? messageName = null;
        if (!string.IsNullOrWhiteSpace(el.Attr("messageRef")))
        {
            messageName = ResolveMessageName(el, el);
            if (messageName is null) return ReadNoneTask(el);
        }

        var c = ReadCommon(el);
        return new ReceiveTask
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
            MessageName = messageName,
        };
    }

    /// <summary><c>task</c> and <c>manualTask</c> pass through, as in Camunda 7; also the placeholder for rejected tasks.</summary>
    private NoneTask ReadNoneTask(XmlElementNode el)
    {
        var c = ReadCommon(el);
        return new NoneTask
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
        };
    }

    /// <summary>Embedded or event sub-process (BPMN 2.0.2 §10.3.5); its content is read by <c>ReadScope</c>.</summary>
    private SubProcess ReadSubProcess(XmlElementNode el)
    {
        var c = ReadCommon(el);
        return new SubProcess
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
            TriggeredByEvent = IsTrue(el.Attr("triggeredByEvent")),
        };
    }

    /// <summary>Call activity (BPMN 2.0.2 §10.3.6) by key: latest version, or a pinned one (<c>camunda:calledElementBinding</c>).</summary>
    private Activity ReadCallActivity(XmlElementNode el)
    {
        var calledElement = el.Attr("calledElement");
        if (string.IsNullOrWhiteSpace(calledElement))
        {
            Report(BpmnProblemCodes.CalledElementMissing, "The call activity has no calledElement: set the key of the process to start.", el, el);
            return ReadNoneTask(el);
        }

        var binding = CalledElementBinding.Latest;
        Expression? version = null;
        switch (el.CamundaAttr("calledElementBinding"))
        {
            case null or "latest":
                break;
            case "version":
                binding = CalledElementBinding.Version;
                version = CompileOptional(el.CamundaAttr("calledElementVersion"), el, el);
                if (version is null)
                {
                    Report(BpmnProblemCodes.CalledElementVersionMissing, "calledElementBinding=\"version\" needs camunda:calledElementVersion.", el, el);
                }

                break;
            case var other:
                Report(BpmnProblemCodes.UnsupportedAttribute, $"camunda:calledElementBinding=\"{other}\" is not supported; use latest or version.", el, el);
                break;
        }

        Expression? businessKey = null;
        var inMappings = new List<VariableMapping>();
        foreach (var mapping in el.CamundaExtensions("in"))
        {
            if (mapping.Attr("businessKey") is { } key)
            {
                businessKey = Compile(key.Trim(), el, mapping);
                continue;
            }

            inMappings.Add(ReadVariableMapping(el, mapping));
        }

        var c = ReadCommon(el);
        var call = new CallActivity
        {
            Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
            AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
            InputOutput = c.InputOutput, Properties = c.Properties,
            CalledElement = Compile(calledElement.Trim(), el, el),
            Binding = binding,
            Version = version,
            BusinessKey = businessKey,
        };
        call.InMappings.AddRange(inMappings);
        call.OutMappings.AddRange(el.CamundaExtensions("out").Select(m => ReadVariableMapping(el, m)));
        return call;
    }

    /// <summary>One <c>camunda:in</c>/<c>camunda:out</c>: <c>variables="all"</c>, or source / sourceExpression to target.</summary>
    private VariableMapping ReadVariableMapping(XmlElementNode owner, XmlElementNode mapping)
    {
        var all = string.Equals(mapping.Attr("variables"), "all", StringComparison.Ordinal);
        var source = mapping.Attr("source");
        var sourceExpression = CompileOptional(mapping.Attr("sourceExpression"), owner, mapping);
        var target = mapping.Attr("target");
        if (!all && ((source is null && sourceExpression is null) || string.IsNullOrWhiteSpace(target)))
        {
            Report(BpmnProblemCodes.ParameterInvalid, $"camunda:{mapping.LocalName} needs variables=\"all\", or source or sourceExpression together with target.", owner, mapping);
        }

        return new VariableMapping(source, sourceExpression, target, all, IsTrue(mapping.Attr("local")));
    }

    private Gateway ReadGateway(XmlElementNode el)
    {
        var c = ReadCommon(el);
        return el.LocalName switch
        {
            "exclusiveGateway" => new ExclusiveGateway
            {
                Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
                AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
                InputOutput = c.InputOutput, Properties = c.Properties,
            },
            "parallelGateway" => new ParallelGateway
            {
                Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
                AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
                InputOutput = c.InputOutput, Properties = c.Properties,
            },
            "inclusiveGateway" => new InclusiveGateway
            {
                Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
                AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
                InputOutput = c.InputOutput, Properties = c.Properties,
            },
            _ => new EventBasedGateway
            {
                Id = c.Id, Name = c.Name, ElementKind = c.Kind, Line = c.Line, Column = c.Column, Documentation = c.Documentation, NameTranslations = c.NameTranslations, DocumentationTranslations = c.DocumentationTranslations,
                AsyncBefore = c.AsyncBefore, AsyncAfter = c.AsyncAfter, Exclusive = c.Exclusive, FailedJobRetryTimeCycle = c.RetryCycle,
                InputOutput = c.InputOutput, Properties = c.Properties,
            },
        };
    }
}
