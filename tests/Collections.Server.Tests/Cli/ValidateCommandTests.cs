using Collections.Server.Cli;
using Collections.Server.Tests.Infrastructure;

namespace Collections.Server.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("collections-validate-");

    [Fact]
    public async Task RunAsync_FolderWithGoodAndBadFile_ExitsOneAndNamesElementAndLine()
    {
        var good = Path.Combine(_folder.FullName, "good.bpmn");
        var bad = Path.Combine(_folder.FullName, "nested", "bad.bpmn");
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        await File.WriteAllTextAsync(good, TestBpmn.Valid);
        await File.WriteAllTextAsync(bad, TestBpmn.Invalid);
        var output = new StringWriter();

        var exitCode = await new ValidateCommand(output).RunAsync(_folder.FullName, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(1, exitCode);
        Assert.Contains($"OK {good}", text);
        Assert.Contains($"INVALID {bad}", text);
        Assert.Contains($"'{TestBpmn.InvalidElementId}'", text);
        Assert.Contains($"line {TestBpmn.InvalidElementLine}:", text);
    }

    [Fact]
    public async Task RunAsync_ConditionNestedTenThousandDeep_ExitsOneNamingFlowAndLine()
    {
        var hostile = Path.Combine(_folder.FullName, "hostile.bpmn");
        var condition = "${" + new string('(', 10_000) + "true" + new string(')', 10_000) + "}";
        await File.WriteAllTextAsync(hostile, TestBpmn.Valid.Replace(
            "</bpmn:process>", $"<bpmn:sequenceFlow id=\"deep\" sourceRef=\"review\" targetRef=\"end\">\n<bpmn:conditionExpression>{condition}</bpmn:conditionExpression></bpmn:sequenceFlow>\n</bpmn:process>", StringComparison.Ordinal));
        var line = Array.FindIndex((await File.ReadAllTextAsync(hostile)).Split('\n'), l => l.Contains("<bpmn:conditionExpression>", StringComparison.Ordinal)) + 1;
        var output = new StringWriter();

        var exitCode = await new ValidateCommand(output).RunAsync(hostile, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(1, exitCode);
        Assert.Contains($"INVALID {hostile}", text);
        Assert.Contains($"sequenceFlow 'deep' at line {line}:", text);
        Assert.Contains("nested more than 64 levels deep", text);
    }

    [Fact]
    public async Task RunAsync_OnlyGoodFile_ExitsZero()
    {
        var good = Path.Combine(_folder.FullName, "good.bpmn");
        await File.WriteAllTextAsync(good, TestBpmn.Valid);
        var output = new StringWriter();

        var exitCode = await new ValidateCommand(output).RunAsync(good, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"OK {good}", output.ToString());
    }

    [Fact]
    public async Task RunAsync_FileOverSizeLimit_ReportsInvalidWithoutReading()
    {
        var huge = Path.Combine(_folder.FullName, "huge.bpmn");
        await using (var stream = File.Create(huge))
        {
            stream.SetLength(ValidateCommand.MaxFileBytes + 1);
        }

        var output = new StringWriter();

        var exitCode = await new ValidateCommand(output).RunAsync(_folder.FullName, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains($"INVALID {huge}", output.ToString());
        Assert.Contains("byte limit", output.ToString());
    }

    [Fact]
    public async Task RunAsync_FlowWithoutId_IsOkAndWarnsWithGeneratedIdAndLine()
    {
        var file = Path.Combine(_folder.FullName, "no-flow-id.bpmn");
        await File.WriteAllTextAsync(file, TestBpmn.Valid.Replace("<bpmn:sequenceFlow id=\"f1\"", "<bpmn:sequenceFlow", StringComparison.Ordinal));
        var line = Array.FindIndex((await File.ReadAllTextAsync(file)).Split('\n'), l => l.Contains("sourceRef=\"start\"", StringComparison.Ordinal)) + 1;
        var output = new StringWriter();

        var exitCode = await new ValidateCommand(output).RunAsync(file, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains($"OK {file}", text);
        Assert.Contains($"warning bpmn.generated-id: sequenceFlow 'sequenceFlow_start_review' at line {line}:", text);
    }

    [Fact]
    public async Task RunAsync_MissingPath_ExitsOne()
    {
        var output = new StringWriter();

        var exitCode = await new ValidateCommand(output).RunAsync(Path.Combine(_folder.FullName, "absent"), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("no such file or folder", output.ToString());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
