using Collections.Engine.Api;
using Collections.Engine.Model;
using Collections.Engine.Parsing;

namespace Collections.Engine.Tests.Parsing;

/// <summary>Names, documentation, form labels and business stages per reader language, declared as camunda:property.</summary>
public sealed class ProcessTextParsingTests
{
    private const string TranslatedTask = """
        <bpmn:extensionElements>
          <camunda:properties>
            <camunda:property name="name.es" value="Cobranza de factura vencida" />
            <camunda:property name="name.en" value="Overdue invoice collection" />
          </camunda:properties>
        </bpmn:extensionElements>
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="stages" />
        <bpmn:subProcess id="stages" name="Stages">
          <bpmn:extensionElements><camunda:properties><camunda:property name="stage" value="junior-call" /></camunda:properties></bpmn:extensionElements>
          <bpmn:startEvent id="s_start" />
          <bpmn:sequenceFlow id="s1" sourceRef="s_start" targetRef="call" />
          <bpmn:userTask id="call" name="Call debtor">
            <bpmn:documentation>Call the debtor.</bpmn:documentation>
            <bpmn:extensionElements>
              <camunda:properties>
                <camunda:property name="name.es" value="Llamar al deudor" />
                <camunda:property name="documentation.es" value="Llame al deudor." />
              </camunda:properties>
              <camunda:formData>
                <camunda:formField id="outcome" label="Outcome" type="enum">
                  <camunda:properties>
                    <camunda:property id="label.es" value="Resultado" />
                    <camunda:property id="label.en" value="Outcome" />
                    <camunda:property id="value.promise.es" value="Promesa de pago" />
                  </camunda:properties>
                  <camunda:value id="promise" name="Promise to pay" />
                  <camunda:value id="dispute" name="Dispute" />
                </camunda:formField>
              </camunda:formData>
            </bpmn:extensionElements>
          </bpmn:userTask>
          <bpmn:sequenceFlow id="s2" sourceRef="call" targetRef="warn" />
          <bpmn:sendTask id="warn" name="Send warning" camunda:type="external" camunda:topic="send-email">
            <bpmn:extensionElements><camunda:properties><camunda:property name="stage" value="senior-call" /></camunda:properties></bpmn:extensionElements>
          </bpmn:sendTask>
          <bpmn:sequenceFlow id="s3" sourceRef="warn" targetRef="s_end" />
          <bpmn:endEvent id="s_end" />
        </bpmn:subProcess>
        <bpmn:sequenceFlow id="f2" sourceRef="stages" targetRef="end" />
        <bpmn:endEvent id="end" />
        """;

    [Fact]
    public void Parse_TranslatedNamesAndDocumentation_PicksTheReadersLanguage()
    {
        // arrange
        var result = Bpmn.ParseProcess(TranslatedTask);

        // act
        var process = Assert.Single(result.Processes);
        var call = process.GetNode("call");

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("Cobranza de factura vencida", process.NameIn("es"));
        Assert.Equal("Overdue invoice collection", process.NameIn("en"));
        Assert.Equal("Llamar al deudor", call.NameIn("es"));
        Assert.Equal("Llame al deudor.", call.DocumentationIn("es"));
    }

    [Fact]
    public void Parse_LanguageMissing_FallsBackToTheElementsOwnTexts()
    {
        // arrange
        var result = Bpmn.ParseProcess(TranslatedTask);

        // act
        var call = Assert.IsType<UserTask>(result.Processes[0].GetNode("call"));
        var outcome = call.FormFields[0];

        // assert
        Assert.Equal("Call debtor", call.NameIn("en"));
        Assert.Equal("Call the debtor.", call.DocumentationIn("en"));
        Assert.Equal("Send warning", result.Processes[0].GetNode("warn").NameIn("es"));
        Assert.Equal("Resultado", outcome.LabelIn("es"));
        Assert.Equal("Outcome", outcome.LabelIn("en"));
        Assert.Equal("Promesa de pago", outcome.Options[0].NameIn("es"));
        Assert.Equal("Promise to pay", outcome.Options[0].NameIn("en"));
        Assert.Equal("Dispute", outcome.Options[1].NameIn("es"));
    }

    [Fact]
    public void ProcessTexts_StageOnSubProcess_IsInheritedUnlessTheActivityHasItsOwn()
    {
        // arrange
        var process = Bpmn.ParseProcess(TranslatedTask).Processes[0];

        // act
        var texts = ProcessTexts.From(Guid.NewGuid(), process);

        // assert
        Assert.Equal("junior-call", texts.Activities["call"].Stage);
        Assert.Equal("senior-call", texts.Activities["warn"].Stage);
        Assert.Null(texts.Activities["start"].Stage);
        Assert.Equal("junior-call", texts.StageOf(["call"]));
        Assert.Null(texts.StageOf(["end"]));
        Assert.Equal("Llamar al deudor", texts.ActivityName("call", "es"));
        Assert.Equal("Call debtor", texts.ActivityName("call", "en"));
        Assert.Null(texts.ActivityName("s_start", "es"));
    }

    [Theory]
    [InlineData("name.fr", "Appeler", "language 'fr'")]
    [InlineData("name.ES", "Llamar", "language 'ES'")]
    [InlineData("documentation.", "Texto", "language ''")]
    public void Parse_TextForAnOddLanguage_IsReportedAgainstTheElement(string key, string value, string expected)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + $"""
            <bpmn:userTask id="call" name="Call debtor">
              <bpmn:extensionElements><camunda:properties><camunda:property name="{key}" value="{value}" /></camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.TextInvalid, "call", "id=\"call\"");
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void Parse_TextOverTheLimit_IsReportedAndOneAtTheLimitIsAccepted()
    {
        // arrange
        var atLimit = new string('a', 4_000);
        var overLimit = new string('a', 4_001);
        string Task(string id, string text) => $"""
            <bpmn:userTask id="{id}" name="Call">
              <bpmn:extensionElements><camunda:properties><camunda:property name="documentation.es" value="{text}" /></camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            """;
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + Task("fits", atLimit) + Task("long", overLimit));

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.TextInvalid, problem.Code);
        Assert.Equal("long", problem.ElementId);
        Assert.Contains("4,001 characters", problem.Message);
    }

    [Fact]
    public void Parse_FormValueTranslationForAnUnknownValue_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:userTask id="call" name="Call">
              <bpmn:extensionElements>
                <camunda:formData>
                  <camunda:formField id="outcome" label="Outcome" type="enum">
                    <camunda:properties><camunda:property id="value.promis.es" value="Promesa" /></camunda:properties>
                    <camunda:value id="promise" name="Promise to pay" />
                  </camunda:formField>
                </camunda:formData>
              </bpmn:extensionElements>
            </bpmn:userTask>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.TextInvalid, problem.Code);
        Assert.Contains("'promis' is not one of its camunda:value ids", problem.Message);
    }

    [Theory]
    [InlineData("Junior Call")]
    [InlineData("junior_call")]
    [InlineData("")]
    [InlineData("a23456789012345678901234567890123456789012345678901")]
    public void Parse_StageThatIsNotACode_IsReported(string stage)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + $"""
            <bpmn:userTask id="call" name="Call">
              <bpmn:extensionElements><camunda:properties><camunda:property name="stage" value="{stage}" /></camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.StageInvalid, "call", "id=\"call\"");
    }
}
