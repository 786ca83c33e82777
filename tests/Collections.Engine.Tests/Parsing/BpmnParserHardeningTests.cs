using System.Text;
using Collections.Engine.Expressions;
using Collections.Engine.Parsing;

namespace Collections.Engine.Tests.Parsing;

/// <summary>Hostile and broken input: each gives one clear problem, and none throws, hangs or reads files.</summary>
public sealed class BpmnParserHardeningTests
{
    [Fact]
    public void Parse_ExternalEntity_IsRefusedWithoutReadingTheFile()
    {
        // arrange
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE definitions [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="&xxe;" /></definitions>
            """;

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.Xml, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Contains("DOCTYPE", problem.Message, StringComparison.Ordinal);
        Assert.Empty(result.Processes);
        Assert.DoesNotContain("root:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BillionLaughs_IsRefused()
    {
        // arrange
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE lolz [{entities}]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="&lol9;" /></definitions>
            """;

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.Xml, problem.Code);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Parse_ElevenMegabytes_IsRefusedBeforeParsing()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + "<!--" + new string('x', 11 * 1024 * 1024) + "-->");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.Equal(BpmnProblemCodes.TooLarge, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Parse_MultiByteTextOverLimitInBytes_IsRefused()
    {
        // arrange: 4,000 chars of 3-byte UTF-8 are 12,000 bytes, over a 10,000-byte limit.
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + "<!--" + new string('€', 4_000) + "-->");
        var parser = new BpmnParser(new ExpressionCompiler(), new BpmnParserOptions { MaxFileBytes = 10_000 });

        // act
        var result = parser.Parse(xml, "euro.bpmn");

        // assert
        Assert.Equal(BpmnProblemCodes.TooLarge, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Parse_TenThousandDeepNesting_GivesDepthProblem()
    {
        // arrange
        var xml = Bpmn.Definitions(
            Bpmn.StartToEnd + "\n" + string.Concat(Enumerable.Repeat("<bpmn:subProcess>", 10_000))
            + string.Concat(Enumerable.Repeat("</bpmn:subProcess>", 10_000)));

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.TooDeep, problem.Code);
        Assert.Equal(Bpmn.LineOf(xml, "<bpmn:subProcess>"), problem.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Parse_Empty_GivesXmlProblem(string xml)
    {
        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.Equal(BpmnProblemCodes.Xml, Assert.Single(result.Problems).Code);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Parse_Null_GivesXmlProblem()
    {
        // act
        var result = Bpmn.Parse(null!);

        // assert
        Assert.Equal(BpmnProblemCodes.Xml, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Parse_BinaryGarbage_GivesXmlProblem()
    {
        // arrange
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var xml = Encoding.Latin1.GetString(bytes);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.Equal(BpmnProblemCodes.Xml, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Parse_MalformedXml_NamesTheLine()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + "\n<bpmn:userTask id=\"u\">\n");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.Xml, problem.Code);
        Assert.True(problem.Line > 1);
    }

    [Fact]
    public void Parse_NonBpmnXml_IsRefused()
    {
        // arrange
        var xml = """<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>""";

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.NotBpmn, problem.Code);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Parse_DefinitionsInWrongNamespace_IsRefused()
    {
        // arrange
        var xml = """<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/DI"><process id="p" /></definitions>""";

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.Equal(BpmnProblemCodes.NotBpmn, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Parse_DefinitionsWithoutProcess_IsRefused()
    {
        // arrange
        var xml = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
              <collaboration id="c" />
            </definitions>
            """;

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.NoProcess, problem.Code);
        Assert.Equal(BpmnProblemSeverity.Error, problem.Severity);
    }
}
