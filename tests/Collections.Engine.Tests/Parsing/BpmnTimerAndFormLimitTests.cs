using Collections.Engine.Errors;
using Collections.Engine.Model;
using Collections.Engine.Parsing;
using Collections.Engine.Timing;

namespace Collections.Engine.Tests.Parsing;

/// <summary>
/// Timer, due-date and retry-cycle texts and <c>camunda:formData</c> constraints are bounded and checked at deployment:
/// an oversized or unusable value is a problem naming the element and line.
/// </summary>
public sealed class BpmnTimerAndFormLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> HugeTimerTexts() => new()
    {
        "P" + new string('1', 100_000) + "D",
        "R5/" + string.Join("/", Enumerable.Repeat("PT1M", 50_000)),
        "2026-01-05T09:00:00Z" + new string(' ', 10) + new string('0', 100_000),
    };

    [Theory]
    [MemberData(nameof(HugeTimerTexts))]
    public void First_TextOverMaxLength_ThrowsTimerFormatNamingTheLength(string text)
    {
        var error = Assert.Throws<TimerFormatException>(() => TimerCalculator.First(TimerKind.Cycle, text, Now));

        Assert.Contains($"at most {Iso8601.MaxTextLength} are read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveDateAndRetryCycle_TextOverMaxLength_ThrowTimerFormat()
    {
        var list = string.Join(",", Enumerable.Repeat("PT1M", 100_000));

        Assert.Throws<TimerFormatException>(() => TimerCalculator.ResolveDate("P" + new string('1', 300) + "D", Now));
        var error = Assert.Throws<TimerFormatException>(() => RetryCycle.Parse(list));
        Assert.Contains("retry cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TimerAndRetryCycleOverMaxLength_ReportProblemsWithElementAndLine()
    {
        var huge = "R/PT1M" + new string('1', 100_000) + "S";
        var xml = Bpmn.Definitions($"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait">
              <bpmn:timerEventDefinition><bpmn:timeCycle>{huge}</bpmn:timeCycle></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="g" sourceRef="wait" targetRef="t" />
            <bpmn:task id="t" camunda:asyncBefore="true">
              <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>{string.Join(",", Enumerable.Repeat("PT1M", 10_000))}</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
            </bpmn:task>
            <bpmn:sequenceFlow id="h" sourceRef="t" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);

        var result = Bpmn.Parse(xml);

        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.TimerInvalid, "wait", "<bpmn:timeCycle>");
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.RetryCycleInvalid, "t", "<camunda:failedJobRetryTimeCycle>");
    }

    [Theory]
    [InlineData("pattern", "((a)", "not a valid regular expression")]
    [InlineData("minlength", "two", "not a number")]
    [InlineData("max", "lots", "not a number")]
    public void Parse_UnusableFormConstraint_ReportsProblemWithFieldLine(string name, string config, string expected)
    {
        var xml = UserTaskWithConstraint(name, config);

        var result = Bpmn.Parse(xml);

        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.FormFieldInvalid, "task", "<camunda:formField");
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FormPatternOverMaxLength_ReportsProblemWithFieldLine()
    {
        var xml = UserTaskWithConstraint("pattern", string.Concat(Enumerable.Repeat("(a)", 50_000)));

        var result = Bpmn.Parse(xml);

        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.FormFieldInvalid, "task", "<camunda:formField");
        Assert.Contains("at most 1,000 are accepted", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateFormFieldId_ReportsProblemWithSecondFieldLine()
    {
        var xml = UserTaskWithConstraint("required", "").Replace(
            "</camunda:formData>", "<camunda:formField id=\"iban\" type=\"long\" /></camunda:formData>", StringComparison.Ordinal);

        var result = Bpmn.Parse(xml);

        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.FormFieldInvalid, "task", "<camunda:formField id=\"iban\" type=\"long\"");
        Assert.Contains("appears twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SensibleFormConstraints_AreAccepted()
    {
        var xml = UserTaskWithConstraint("pattern", "^[A-Z]{2}[0-9]{2}$");

        var result = Bpmn.Parse(xml);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    private static string UserTaskWithConstraint(string name, string config) => Bpmn.Definitions($"""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="task" />
        <bpmn:userTask id="task">
          <bpmn:extensionElements><camunda:formData>
            <camunda:formField id="iban" type="string">
              <camunda:validation><camunda:constraint name="{name}" config="{config}" /></camunda:validation>
            </camunda:formField>
          </camunda:formData></bpmn:extensionElements>
        </bpmn:userTask>
        <bpmn:sequenceFlow id="g" sourceRef="task" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);
}
