using Collections.Engine.Expressions;
using Collections.Engine.Parsing;

namespace Collections.Server.Cli;

/// <summary>
/// <c>validate PATH</c> (DESIGN.md D9): parses each BPMN file as a deployment would and prints <c>OK path</c> (with
/// warnings indented) or <c>INVALID path</c> with every problem. Exit 0 when all are valid, 1 otherwise. A file that
/// cannot be read or parsed is reported as invalid; nothing stops the run.
/// </summary>
internal sealed class ValidateCommand(TextWriter output)
{
    /// <summary>The deployment limit: larger files are refused without being read.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public async Task<int> RunAsync(string path, CancellationToken cancellationToken)
    {
        var files = InputFiles.Find(path, "*.bpmn");
        if (files is null)
        {
            await output.WriteLineAsync($"INVALID {path}");
            await output.WriteLineAsync("  error: no such file or folder");
            return 1;
        }

        var parser = new BpmnParser(new ExpressionCompiler());
        var invalid = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await ValidateFileAsync(parser, file, cancellationToken))
            {
                invalid++;
            }
        }

        await output.WriteLineAsync($"{files.Count - invalid} valid, {invalid} invalid");
        return invalid == 0 ? 0 : 1;
    }

    private async Task<bool> ValidateFileAsync(BpmnParser parser, string file, CancellationToken cancellationToken)
    {
        BpmnParseResult result;
        try
        {
            var size = new FileInfo(file).Length;
            if (size > MaxFileBytes)
            {
                return await ReportUnreadableAsync(file, $"the file is {size} bytes, over the {MaxFileBytes} byte limit");
            }

            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            result = parser.Parse(xml, Path.GetFileName(file));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return await ReportUnreadableAsync(file, $"{e.GetType().Name}: {e.Message}");
        }

        await output.WriteLineAsync($"{(result.IsValid ? "OK" : "INVALID")} {file}");
        foreach (var problem in result.Problems)
        {
            await output.WriteLineAsync($"  {problem}");
        }

        return result.IsValid;
    }

    private async Task<bool> ReportUnreadableAsync(string file, string why)
    {
        await output.WriteLineAsync($"INVALID {file}");
        await output.WriteLineAsync($"  error: {why}");
        return false;
    }
}
