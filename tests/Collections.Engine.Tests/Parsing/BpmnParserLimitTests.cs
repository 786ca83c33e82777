using Collections.Engine.Expressions;
using Collections.Engine.Parsing;
using Microsoft.Extensions.Options;

namespace Collections.Engine.Tests.Parsing;

/// <summary>
/// Every recursive parser behind a deployment is bounded: input nested past a limit becomes a problem naming the element
/// and line, never a stack overflow (which .NET cannot catch, and which would end the whole server).
/// </summary>
public sealed class BpmnParserLimitTests
{
    private static string Nested(int depth, string inner) => new string('(', depth) + inner + new string(')', depth);

    private static string GatewayWithCondition(string condition, string language = "") => Bpmn.Definitions($"""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="gw" />
        <bpmn:exclusiveGateway id="gw" default="other" />
        <bpmn:sequenceFlow id="x" sourceRef="gw" targetRef="end">
          <bpmn:conditionExpression{language}>{condition}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="other" sourceRef="gw" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    public static TheoryData<string> DeepExpressions() => new()
    {
        "${" + Nested(10_000, "true") + "}",
        "${" + new string('!', 10_000) + "true}",
        "${" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "1}",
        "${" + string.Concat(Enumerable.Repeat("empty ", 10_000)) + "x}",
        "${" + string.Concat(Enumerable.Repeat("a ? ", 10_000)) + "1" + string.Concat(Enumerable.Repeat(" : 0", 10_000)) + "}",
        "${" + string.Concat(Enumerable.Repeat("now(", 10_000)) + new string(')', 10_000) + "}",
        "${" + string.Concat(Enumerable.Repeat("[", 10_000)) + new string(']', 10_000) + "}",
        "${" + string.Concat(Enumerable.Repeat("a[", 10_000)) + "0" + new string(']', 10_000) + "}",
        "${" + string.Join(" + ", Enumerable.Repeat("1", 10_000)) + "}",
        "${a" + string.Concat(Enumerable.Repeat(".b", 10_000)) + "}",
    };

    [Theory]
    [MemberData(nameof(DeepExpressions))]
    public void Parse_ConditionNestedTenThousandDeep_ReportsSyntaxProblemWithElementAndLine(string condition)
    {
        var xml = GatewayWithCondition(condition);

        var result = Bpmn.Parse(xml);

        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.ExpressionSyntax, "x", "conditionExpression");
        Assert.Matches("nested (more than 64 levels|too deeply)", problem.Message);
    }

    [Fact]
    public void Parse_ConditionAtNestingLimit_IsAccepted()
    {
        var xml = GatewayWithCondition("${" + Nested(63, "true") + "}");

        var result = Bpmn.Parse(xml);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    [Fact]
    public void Parse_LowerNestingDepthOption_RefusesShallowerExpression()
    {
        var compiler = new ExpressionCompiler(Options.Create(new ExpressionOptions { MaxNestingDepth = 3 }));
        var xml = GatewayWithCondition("${" + Nested(3, "true") + "}");

        var result = new BpmnParser(compiler).Parse(xml, "test.bpmn");

        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.ExpressionSyntax, "x", "conditionExpression");
        Assert.Contains("nested more than 3 levels deep", problem.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> DeepJavaScript() => new()
    {
        Nested(100_000, "true"),
        string.Concat(Enumerable.Repeat("[", 10_000)) + new string(']', 10_000) + ".length > 0",
        new string('!', 100_000) + "true",
        string.Join(" + ", Enumerable.Repeat("1", 100_000)) + " > 0",
        string.Concat(Enumerable.Repeat("Math.abs(", 10_000)) + "1" + new string(')', 10_000) + " > 0",
        string.Concat(Enumerable.Repeat("{", 10_000)) + new string('}', 10_000),
        string.Concat(Enumerable.Repeat("function f() {", 10_000)) + new string('}', 10_000),
    };

    [Theory]
    [MemberData(nameof(DeepJavaScript))]
    public void Parse_JavaScriptConditionNestedDeep_ReportsSyntaxProblemWithElementAndLine(string script)
    {
        var xml = GatewayWithCondition(script, " language=\"javascript\"");

        var result = Bpmn.Parse(xml);

        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.ExpressionSyntax, "x", "conditionExpression");
        Assert.Contains("nested too deeply", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ScriptTaskNestedDeep_ReportsSyntaxProblemWithElementAndLine()
    {
        var xml = Bpmn.Definitions($"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="s" />
            <bpmn:scriptTask id="s" scriptFormat="javascript">
              <bpmn:script>var x = {Nested(100_000, "1")};</bpmn:script>
            </bpmn:scriptTask>
            <bpmn:sequenceFlow id="g" sourceRef="s" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);

        var result = Bpmn.Parse(xml);

        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.ExpressionSyntax, "s", "<bpmn:script>");
        Assert.Contains("nested too deeply", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ParameterMapsNestedPastXmlDepth_ReportsDepthProblemWithLine()
    {
        var nested = string.Concat(Enumerable.Repeat("<camunda:map><camunda:entry key=\"k\">", 5_000))
            + "x" + string.Concat(Enumerable.Repeat("</camunda:entry></camunda:map>", 5_000));
        var xml = Bpmn.Definitions($"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="t" />
            <bpmn:task id="t">
              <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="p">
                {nested}
              </camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
            </bpmn:task>
            <bpmn:sequenceFlow id="g" sourceRef="t" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);

        var result = Bpmn.Parse(xml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.TooDeep, problem.Code);
        Assert.Equal(Bpmn.LineOf(xml, "<camunda:map>"), problem.Line);
    }
}
