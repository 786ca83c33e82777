using Collections.Engine.Expressions;
using Collections.Engine.Parsing;
using Xunit.Abstractions;

namespace Collections.Engine.Tests.Parsing;

/// <summary>Real files from Camunda's examples and the BPMN MIWG reference suite (see Corpus/*/README.md for licences).</summary>
public sealed class BpmnParserCorpusTests(ITestOutputHelper output)
{
    private static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CorpusDirectory, "*.bpmn", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(CorpusDirectory, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Parse_CorpusFile_ReturnsProcessesOrProblemsWithoutThrowing(string file)
    {
        // arrange
        var xml = File.ReadAllText(Path.Combine(CorpusDirectory, file));

        // act
        var result = new BpmnParser(new ExpressionCompiler()).Parse(xml, file);

        // assert
        foreach (var problem in result.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        Assert.DoesNotContain(result.Problems, p => p.Code is BpmnProblemCodes.Internal or BpmnProblemCodes.Xml or BpmnProblemCodes.TooDeep);
        Assert.NotEmpty(result.Processes);

        // Real files reference correctly: any of these would mean the parser mis-wired the graph.
        Assert.DoesNotContain(result.Problems, p => p.Code is BpmnProblemCodes.MissingId or BpmnProblemCodes.DuplicateId
            or BpmnProblemCodes.FlowUnknownRef or BpmnProblemCodes.FlowCrossesScope or BpmnProblemCodes.DefaultFlowInvalid
            or BpmnProblemCodes.BoundaryUnknownActivity);
        Assert.All(result.Problems, p => Assert.True(p.Line > 0, p.ToString()));
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Parse_TruncatedCorpusFile_GivesXmlProblemNamingALine(string file)
    {
        // arrange
        var full = File.ReadAllText(Path.Combine(CorpusDirectory, file));
        var xml = full[..(full.Length / 2)];

        // act
        var result = new BpmnParser(new ExpressionCompiler()).Parse(xml, file);

        // assert
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.Xml, problem.Code);
        Assert.True(problem.Line > 1);
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void Parse_MiwgReference_NonExecutableProblemsAreWarnings()
    {
        // arrange
        var xml = File.ReadAllText(Path.Combine(CorpusDirectory, "miwg-reference", "A.4.1.bpmn"));

        // act
        var result = new BpmnParser(new ExpressionCompiler()).Parse(xml, "A.4.1.bpmn");

        // assert
        Assert.All(result.Processes, p => Assert.False(p.IsExecutable));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.True(result.Processes.Sum(p => p.NodesById.Count) > 5);
    }

    [Theory]
    [InlineData("migration_migrate-on-deployment__exampleProcess.bpmn")]
    [InlineData("startevent_message-start__message_start_process.bpmn")]
    public void Parse_CamundaExampleWithoutJava_IsValid(string file)
    {
        // arrange
        var xml = File.ReadAllText(Path.Combine(CorpusDirectory, "camunda-examples", file));

        // act
        var result = new BpmnParser(new ExpressionCompiler()).Parse(xml, file);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        Assert.True(Assert.Single(result.Processes).IsExecutable);
    }

    [Theory]
    [InlineData("process-engine-plugin_failed-job-retry-profile__retry-example.bpmn", "camunda:class", "service-fetch-data")]
    [InlineData("startevent_message-start__instantiating_process.bpmn", "camunda:class", "ServiceTask_1")]
    [InlineData("usertask_task-camunda-forms__invoiceApproval.bpmn", "camunda:formKey", "UserTask_1")]
    [InlineData("usertask_task-form-embedded__loanApproval.bpmn", "camunda:formKey", "StartEvent_1")]
    [InlineData("usertask_task-form-embedded-bpmn-events__invoicePayment.bpmn", "camunda:formKey", "Task_16y91ka")]
    public void Parse_CamundaExampleWithJavaOrForms_IsRefusedNamingElementAndLine(string file, string feature, string elementId)
    {
        // arrange
        var xml = File.ReadAllText(Path.Combine(CorpusDirectory, "camunda-examples", file));

        // act
        var result = new BpmnParser(new ExpressionCompiler()).Parse(xml, file);

        // assert
        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.ElementId == elementId && p.Message.Contains(feature, StringComparison.Ordinal));
        Assert.Equal(BpmnProblemCodes.UnsupportedCamunda, problem.Code);
        Assert.Equal(Bpmn.LineOf(xml, $"id=\"{elementId}\""), problem.Line);
    }

    /// <summary>
    /// These two are plain Camunda but use a cron timeCycle, a conditional boundary event and a multi-instance
    /// sub-process, none of which Collections executes (DESIGN.md "Supported BPMN"): they must be refused clearly.
    /// </summary>
    [Theory]
    [InlineData("clients_java__order-handling.bpmn", BpmnProblemCodes.TimerInvalid, "StartEvent_1")]
    [InlineData("clients_java__order-handling.bpmn", BpmnProblemCodes.UnsupportedElement, "BoundaryEvent_1y1bvad")]
    [InlineData("spring-boot-starter_external-task-client__loan-granting.bpmn", BpmnProblemCodes.UnsupportedElement, "SubProcess_16kr5xn")]
    [InlineData("spring-boot-starter_external-task-client__loan-granting.bpmn", BpmnProblemCodes.TimerInvalid, "StartEvent_1")]
    public void Parse_CamundaExampleWithUnsupportedFeature_IsRefused(string file, string code, string elementId)
    {
        // arrange
        var xml = File.ReadAllText(Path.Combine(CorpusDirectory, "camunda-examples", file));

        // act
        var result = new BpmnParser(new ExpressionCompiler()).Parse(xml, file);

        // assert
        Assert.Contains(result.Problems, p => p.Code == code && p.ElementId == elementId && p.Severity == BpmnProblemSeverity.Error);
    }
}
