using System.Text.Json;
using Collections.Engine.Errors;
using Collections.Engine.Expressions;
using Collections.Engine.Model;
using Collections.Engine.Parsing;
using Collections.Engine.Runtime;
using Collections.Engine.Testing;
using Collections.Engine.Timing;
using Collections.Engine.Variables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Collections.Engine.Tests.Fuzzing;

/// <summary>
/// The parser entry points behind deployments and <c>simulate</c>, each with the only exception it may throw for bad
/// input: BPMN parsing (never throws), JUEL and JavaScript (syntax or evaluation errors), ISO 8601 timer values
/// (<see cref="TimerFormatException"/>), form data (problems, then <see cref="InvalidRequestException"/> on submit),
/// scenario JSON (<see cref="JsonException"/>).
/// </summary>
internal static class FuzzTargets
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] JuelTokens =
    [
        "${", "}", "#{", "(", ")", "[", "]", ".", ",", "?", ":", "!", "-", "+", "*", "/", "%", "==", "!=", "<", ">=", "&&", "||",
        "and", "or", "not", "empty", "eq", "div", "mod", "true", "false", "null", "amount", "debtor", "email", "tags", "execution",
        "getVariable", "now()", "dateTime()", "plusDays", "'text'", "\"q\"", "1", "2.5e3", ".5", "1000", "'}'", "\\${",
    ];

    private static readonly string[] JavaScriptTokens =
    [
        "var", "let", "x", "=", ";", "(", ")", "{", "}", "[", "]", "function", "return", "if", "else", "for", "while", "=>",
        "amount", "debtor", "execution.setVariable('r', ", "JSON.parse(", "JSON.stringify(", "'x'.repeat(", ".padStart(", ".join(",
        "new Array(", "new Uint8Array(", "2**20", "2**28", "1e9", "'a'", ",", ".", "+", "*", "!", "?", ":", "try", "catch (e)",
        "throw", "new Error('e')", "this", "globalThis", "Proxy", "Reflect", "Object.defineProperty(", "Symbol.iterator", "`t${1}`",
    ];

    private static readonly string[] IsoTokens =
    [
        "P", "T", "R", "/", ",", "Y", "M", "W", "D", "H", "S", "1", "0", "9999", "-", "+", ":", ".", "Z", "2026-01-05", "T09:00:00",
        "+01:00", "PT5M", "R5", "99999999999", " ", "${x}",
    ];

    public static IReadOnlyList<FuzzTarget> All(FuzzCorpus corpus)
    {
        var compiler = new ExpressionCompiler();
        var evaluator = new JintExpressionEvaluator(new FakeTimeProvider(Now), Options.Create(new ExpressionOptions()));
        var parser = new BpmnParser(compiler);
        return
        [
            new("bpmn", Mutator.From(corpus.Bpmn, ["<bpmn:process id=\"p\" isExecutable=\"true\">", "<bpmn:startEvent id=\"s\"/>", "</bpmn:process>", "<x>", "</x>", "<![CDATA[", "]]>", "&amp;", "<!DOCTYPE x>"]),
                xml => ParseBpmn(parser, xml)),
            new("juel", Mutator.From(corpus.Expressions, JuelTokens), text => RunExpression(compiler, evaluator, text)),
            new("javascript", Mutator.From(corpus.Scripts, JavaScriptTokens), text => RunScript(compiler, evaluator, text)),
            new("iso8601", Mutator.From(corpus.TimerTexts, IsoTokens), RunTimer),
            new("form-data", Mutator.From(corpus.FormData, ["<camunda:formField id=\"f\" type=\"", "long", "enum", "date", "\">", "</camunda:formField>", "<camunda:constraint name=\"pattern\" config=\"", "(a+)+$", "\" />"]),
                formData => RunFormData(parser, formData)),
            new("scenario-json", Mutator.From(corpus.Scenarios, ["{", "}", "[", "]", "\"steps\":", "\"startVariables\":", ",", ":", "null", "1e999", "\"x\"", "//", "/*"]),
                RunScenarioJson),
        ];
    }

    /// <summary>The parser promises never to throw: every input, however broken, is a result with problems.</summary>
    private static BpmnParseResult ParseBpmn(BpmnParser parser, string xml)
    {
        var result = parser.Parse(xml, "fuzz.bpmn");
        if (result.Problems.FirstOrDefault(p => p.Code == BpmnProblemCodes.Internal) is { } internalError)
        {
            throw new InvalidOperationException("The parser reported an internal error: " + internalError.Message);
        }

        return result;
    }

    private static void RunExpression(ExpressionCompiler compiler, JintExpressionEvaluator evaluator, string text)
    {
        Expression expression;
        try
        {
            expression = compiler.Compile(text);
        }
        catch (ExpressionSyntaxException)
        {
            return;
        }

        try
        {
            evaluator.Evaluate(expression, new FuzzVariableContext());
        }
        catch (ExpressionEvaluationException)
        {
        }
    }

    private static void RunScript(ExpressionCompiler compiler, JintExpressionEvaluator evaluator, string body)
    {
        ScriptSource script;
        try
        {
            script = compiler.CompileScript("javascript", body);
        }
        catch (ExpressionSyntaxException)
        {
            return;
        }

        try
        {
            evaluator.RunScript(script, new FuzzVariableContext());
        }
        catch (ExpressionEvaluationException)
        {
        }
    }

    private static void RunTimer(string text)
    {
        foreach (var kind in new[] { TimerKind.Date, TimerKind.Duration, TimerKind.Cycle })
        {
            Expect<TimerFormatException>(() =>
            {
                var schedule = TimerCalculator.First(kind, text, Now);
                TimerCalculator.Next(schedule, schedule.DueAt.AddDays(400));
            });
        }

        Expect<TimerFormatException>(() => TimerCalculator.ResolveDate(text, Now));
        Expect<TimerFormatException>(() => RetryCycle.Parse(text).IntervalBefore(1));
    }

    private static void RunFormData(BpmnParser parser, string formData)
    {
        var xml = $"""
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
              <bpmn:process id="p" isExecutable="true">
                <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="task" />
                <bpmn:userTask id="task"><bpmn:extensionElements>{formData}</bpmn:extensionElements></bpmn:userTask>
              </bpmn:process>
            </bpmn:definitions>
            """;
        var result = ParseBpmn(parser, xml);
        if (!result.IsValid || result.Processes.Count == 0
            || !result.Processes[0].NodesById.TryGetValue("task", out var node) || node is not UserTask task)
        {
            return;
        }

        VariableValue[] values = [VariableValue.String("12"), VariableValue.String(new string('a', 5_000)), VariableValue.Integer(-3), VariableValue.Decimal(1.5m), VariableValue.True, VariableValue.DateTime(Now)];
        foreach (var value in values)
        {
            var submitted = task.FormFields.DistinctBy(f => f.Id).ToDictionary(f => f.Id, _ => value, StringComparer.Ordinal);
            Expect<InvalidRequestException>(() => FormValidator.Validate(task, submitted, _ => null));
        }
    }

    /// <summary>As <see cref="ScenarioJson.LoadAsync"/> reads a file: UTF-8 bytes, so unpaired surrogates cannot occur.</summary>
    private static void RunScenarioJson(string json) =>
        Expect<JsonException>(() => JsonSerializer.Deserialize<ScenarioFile>(System.Text.Encoding.UTF8.GetBytes(json), ScenarioJson.Options));

    private static void Expect<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
        }
        catch (TException)
        {
        }
    }
}
