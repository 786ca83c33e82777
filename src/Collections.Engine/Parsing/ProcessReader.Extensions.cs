using Collections.Engine.Errors;
using Collections.Engine.Model;
using Collections.Engine.Timing;

namespace Collections.Engine.Parsing;

/// <summary>
/// Camunda 7 extensions shared by flow nodes: async flags, retry cycle, <c>camunda:inputOutput</c>,
/// <c>camunda:properties</c>, <c>camunda:formData</c>, scripts and sequence-flow conditions.
/// </summary>
internal sealed partial class ProcessReader
{
    private NodeCommon ReadCommon(XmlElementNode el)
    {
        var properties = ReadProperties(el.CamundaExtensions("properties"));
        CheckTexts(el, properties, ProcessTextKeys.NamePrefix, ProcessTextKeys.DocumentationPrefix);
        CheckStage(el, properties);
        return new(
        el.Attr("id")!,
        el.Attr("name"),
        el.LocalName,
        el.Line,
        el.Column,
        ReadDocumentation(el),
        // camunda:async is the pre-7.3 spelling of asyncBefore; old diagrams still carry it.
        IsTrue(el.CamundaAttr("asyncBefore")) || IsTrue(el.CamundaAttr("async")),
        IsTrue(el.CamundaAttr("asyncAfter")),
        el.CamundaAttr("exclusive") is not { } exclusive || IsTrue(exclusive),
        ReadRetryCycle(el),
        ReadInputOutput(el),
        properties,
        ProcessTextKeys.Select(properties, ProcessTextKeys.NamePrefix),
        ProcessTextKeys.Select(properties, ProcessTextKeys.DocumentationPrefix));
    }

    private string? ReadRetryCycle(XmlElementNode el)
    {
        var cycleElement = el.CamundaExtensions("failedJobRetryTimeCycle").FirstOrDefault();
        var text = cycleElement?.Text.Trim();
        if (cycleElement is null || string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!IsExpression(text))
        {
            try
            {
                RetryCycle.Parse(text);
            }
            catch (TimerFormatException e)
            {
                Report(BpmnProblemCodes.RetryCycleInvalid, e.Message, el, cycleElement);
            }
        }

        return text;
    }

    /// <summary>A literal due or follow-up date is checked now, so a typo fails the deployment and not the task.</summary>
    private Expression? ReadDate(XmlElementNode el, string attribute)
    {
        var text = el.CamundaAttr(attribute)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!IsExpression(text))
        {
            try
            {
                TimerCalculator.ResolveDate(text, ValidationNow);
            }
            catch (TimerFormatException e)
            {
                Report(BpmnProblemCodes.DateInvalid, $"camunda:{attribute}: {e.Message}", el, el);
            }
        }

        return Compile(text, el, el);
    }

    private InputOutputMapping ReadInputOutput(XmlElementNode el)
    {
        var io = el.CamundaExtensions("inputOutput").FirstOrDefault();
        if (io is null)
        {
            return InputOutputMapping.Empty;
        }

        return new InputOutputMapping(ReadParameters(el, io, "inputParameter"), ReadParameters(el, io, "outputParameter"));
    }

    private List<Parameter> ReadParameters(XmlElementNode owner, XmlElementNode io, string kind)
    {
        var parameters = new List<Parameter>();
        foreach (var p in io.CamundaChildren(kind))
        {
            var name = p.Attr("name");
            if (string.IsNullOrWhiteSpace(name))
            {
                Report(BpmnProblemCodes.ParameterInvalid, $"A camunda:{kind} has no name.", owner, p);
                continue;
            }

            parameters.Add(new Parameter(name, ReadParameterValue(owner, p)));
        }

        return parameters;
    }

    /// <summary>A parameter or map entry: one nested script, list or map, else its text as an expression.</summary>
    private ParameterValue ReadParameterValue(XmlElementNode owner, XmlElementNode p)
    {
        var nested = p.Children.FirstOrDefault(c => c.IsCamunda("script") || c.IsCamunda("list") || c.IsCamunda("map"));
        return nested is null
            ? new ExpressionParameterValue(Compile(p.Text.Trim(), owner, p))
            : ReadValueElement(owner, nested);
    }

    private ParameterValue ReadValueElement(XmlElementNode owner, XmlElementNode v) => v.LocalName switch
    {
        "script" => new ScriptParameterValue(ReadScript(v.Attr("scriptFormat"), v.Text, owner, v)),
        "list" => new ListParameterValue(
            v.Children.Where(c => c.Namespace == BpmnNamespaces.Camunda).Select(c => ReadValueElement(owner, c)).ToList()),
        "map" => new MapParameterValue(
            v.CamundaChildren("entry").Select(e => KeyValuePair.Create(e.Attr("key") ?? "", ReadParameterValue(owner, e))).ToList()),
        _ => ReadParameterValue(owner, v),
    };

    /// <summary><c>camunda:property</c> uses <c>name</c>; inside a form field it uses <c>id</c>.</summary>
    private static Dictionary<string, string> ReadProperties(IEnumerable<XmlElementNode> propertiesElements)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in propertiesElements.SelectMany(p => p.CamundaChildren("property")))
        {
            if ((property.Attr("name") ?? property.Attr("id")) is { } name)
            {
                properties[name] = property.Attr("value") ?? "";
            }
        }

        return properties;
    }

    private List<FormField> ReadFormData(XmlElementNode el)
    {
        var fields = new List<FormField>();
        foreach (var field in el.CamundaExtensions("formData").SelectMany(f => f.CamundaChildren("formField")))
        {
            var id = field.Attr("id");
            if (string.IsNullOrWhiteSpace(id))
            {
                Report(BpmnProblemCodes.FormFieldInvalid, "A camunda:formField has no id; the id is the variable it sets.", el, field);
                continue;
            }

            if (fields.Any(f => f.Id == id))
            {
                Report(BpmnProblemCodes.FormFieldInvalid, $"Form field '{id}' appears twice; each field sets its own variable.", el, field);
                continue;
            }

            var typeText = field.Attr("type");
            FormFieldType type;
            switch (typeText?.Trim().ToLowerInvariant())
            {
                case null or "" or "string": type = FormFieldType.String; break;
                case "long": type = FormFieldType.Long; break;
                case "decimal": type = FormFieldType.Decimal; break;
                case "boolean": type = FormFieldType.Boolean; break;
                case "date": type = FormFieldType.Date; break;
                case "enum": type = FormFieldType.Enum; break;
                default:
                    Report(BpmnProblemCodes.FormFieldInvalid, $"Form field '{id}' has type '{typeText}'; supported: string, long, decimal, boolean, date, enum.", el, field);
                    type = FormFieldType.String;
                    break;
            }

            var fieldProperties = ReadProperties(field.CamundaChildren("properties"));
            var options = field.CamundaChildren("value").Select(v => new FormFieldOption(v.Attr("id") ?? "", v.Attr("name") ?? v.Attr("id") ?? "")
            {
                NameTranslations = ProcessTextKeys.Select(fieldProperties, $"{ProcessTextKeys.ValuePrefix}{v.Attr("id")}."),
            }).ToList();
            CheckFieldTexts(el, field, id, fieldProperties, options);
            if (type == FormFieldType.Enum && options.Count == 0)
            {
                Report(BpmnProblemCodes.FormFieldInvalid, $"Enum form field '{id}' needs at least one camunda:value.", el, field);
            }

            var constraints = field.CamundaChildren("validation")
                .SelectMany(v => v.CamundaChildren("constraint"))
                .Select(c => new FormFieldConstraint(c.Attr("name") ?? "", c.Attr("config")))
                .ToList();
            CheckConstraints(el, field, id, constraints);
            fields.Add(new FormField(
                id,
                field.Attr("label"),
                type,
                CompileOptional(field.Attr("defaultValue"), el, field),
                constraints,
                options,
                fieldProperties)
            {
                LabelTranslations = ProcessTextKeys.Select(fieldProperties, ProcessTextKeys.LabelPrefix),
            });
        }

        return fields;
    }

    /// <summary>
    /// Longest <c>pattern</c> constraint accepted. 1,000 characters: real patterns (IBANs, phone numbers, references)
    /// are under 100, and the bound keeps compiling one at deployment cheap.
    /// </summary>
    internal const int MaxPatternLength = 1_000;

    /// <summary>A constraint that could never work is reported now, not when a collector submits the form.</summary>
    private void CheckConstraints(XmlElementNode owner, XmlElementNode field, string id, List<FormFieldConstraint> constraints)
    {
        foreach (var constraint in constraints)
        {
            var config = constraint.Config;
            switch (constraint.Name)
            {
                case "pattern" when config is { Length: > MaxPatternLength }:
                    Report(BpmnProblemCodes.FormFieldInvalid, $"Form field '{id}' has a pattern of {config.Length:N0} characters; at most {MaxPatternLength:N0} are accepted.", owner, field);
                    break;
                case "pattern" when config is not null && !IsValidPattern(config):
                    Report(BpmnProblemCodes.FormFieldInvalid, $"Form field '{id}' has a pattern that is not a valid regular expression.", owner, field);
                    break;
                case "minlength" or "maxlength" when !int.TryParse(config, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _):
                case "min" or "max" when !decimal.TryParse(config, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _):
                    Report(BpmnProblemCodes.FormFieldInvalid, $"Form field '{id}' has {constraint.Name} '{config}', which is not a number.", owner, field);
                    break;
            }
        }
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Only javascript runs in the sandbox (DESIGN.md D6); a Groovy or Java script cannot be honoured.</summary>
    private ScriptSource ReadScript(string? format, string? body, XmlElementNode owner, XmlElementNode at)
    {
        format = format?.Trim() ?? "";
        body ??= "";
        if (at.CamundaAttr("resource") is not null || at.Attr("resource") is not null)
        {
            Report(BpmnProblemCodes.UnsupportedAttribute, "Scripts loaded from a resource are not supported; put the script text in the diagram.", owner, at);
        }

        if (!IsJavaScript(format))
        {
            var shown = format.Length == 0 ? "no scriptFormat" : $"scriptFormat '{format}'";
            Report(BpmnProblemCodes.UnsupportedScriptFormat, $"The script has {shown}; Collections runs javascript only.", owner, at);
            return new ScriptSource(format, body, null);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            Report(BpmnProblemCodes.ScriptMissing, "The script is empty.", owner, at);
            return new ScriptSource(format, body, null);
        }

        try
        {
            return compiler.CompileScript(format, body);
        }
        catch (ExpressionSyntaxException e)
        {
            Report(BpmnProblemCodes.ExpressionSyntax, e.Message, owner, at);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Report(BpmnProblemCodes.ExpressionSyntax, $"Cannot compile the script: {e.Message}", owner, at);
        }

        return new ScriptSource(format, body, null);
    }

    private static bool IsJavaScript(string format) =>
        format.Equals("javascript", StringComparison.OrdinalIgnoreCase) || format.Equals("js", StringComparison.OrdinalIgnoreCase)
        || format.Equals("ecmascript", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>conditionExpression</c> (BPMN 2.0.2 §10.5.1): <c>${...}</c>, or a script when it names a language.</summary>
    private ConditionSource? ReadCondition(XmlElementNode flow)
    {
        var condition = flow.BpmnChildren("conditionExpression").FirstOrDefault();
        var text = condition?.Text.Trim();
        if (condition is null || string.IsNullOrEmpty(text))
        {
            return null;
        }

        var language = condition.Attr("language");
        return string.IsNullOrWhiteSpace(language)
            ? new ConditionSource(Compile(text, flow, condition), null)
            : new ConditionSource(null, ReadScript(language, text, flow, condition));
    }

    /// <summary>What every flow node carries, read once and copied into each node's initializer.</summary>
    private readonly record struct NodeCommon(
        string Id,
        string? Name,
        string Kind,
        int Line,
        int Column,
        string? Documentation,
        bool AsyncBefore,
        bool AsyncAfter,
        bool Exclusive,
        string? RetryCycle,
        InputOutputMapping InputOutput,
        IReadOnlyDictionary<string, string> Properties,
        IReadOnlyDictionary<string, string> NameTranslations,
        IReadOnlyDictionary<string, string> DocumentationTranslations);
}
