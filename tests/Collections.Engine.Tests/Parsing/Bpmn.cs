using Collections.Engine.Expressions;
using Collections.Engine.Parsing;

namespace Collections.Engine.Tests.Parsing;

/// <summary>Builds small BPMN documents for parser tests and finds the line of a marker in them.</summary>
internal static class Bpmn
{
    public const string StartToEnd = """
        <bpmn:startEvent id="start"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
        <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="end" />
        <bpmn:endEvent id="end" />
        """;

    public static string Definitions(string processBody, bool executable = true, string rootElements = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://example.com">
        {rootElements}
          <bpmn:process id="p" name="Test" isExecutable="{(executable ? "true" : "false")}">
        {processBody}
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static BpmnParseResult Parse(string xml) => new BpmnParser(new ExpressionCompiler()).Parse(xml, "test.bpmn");

    public static BpmnParseResult ParseProcess(string processBody, bool executable = true, string rootElements = "") =>
        Parse(Definitions(processBody, executable, rootElements));

    /// <summary>1-based line of the first line of <paramref name="xml"/> that contains <paramref name="marker"/>.</summary>
    public static int LineOf(string xml, string marker)
    {
        var lines = xml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(marker, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"Marker '{marker}' not found.");
    }

    /// <summary>Asserts one problem with the code about the element, on the line of the marker, and returns it.</summary>
    public static BpmnProblem AssertProblem(string xml, BpmnParseResult result, string code, string elementId, string lineMarker)
    {
        var matches = result.Problems.Where(p => p.Code == code && p.ElementId == elementId).ToList();
        Assert.True(matches.Count > 0, $"Expected {code} on '{elementId}'; got:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}");
        var problem = matches[0];
        Assert.Equal(LineOf(xml, lineMarker), problem.Line);
        return problem;
    }
}
