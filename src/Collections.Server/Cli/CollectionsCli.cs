using System.Text;

namespace Collections.Server.Cli;

/// <summary>
/// The verbs of the server binary. They run without the web host (no Kestrel, no log noise): only their own console
/// output. <c>validate</c> and <c>simulate</c> touch no database; <c>apikey create</c> writes the configured one, <c>audit verify</c> reads it.
/// </summary>
internal static class CollectionsCli
{
    public const string Validate = "validate";

    public const string Simulate = "simulate";

    public const string ApiKey = "apikey";

    public const string Audit = "audit";

    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] is Validate or Simulate or ApiKey or Audit;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args[0] == ApiKey) return await ApiKeyCommand.RunAsync(args, output, error);
        if (args[0] == Audit) return await AuditCommand.RunAsync(args, output, error);

        if (args.Length != 2)
        {
            await error.WriteLineAsync($"usage: {args[0]} PATH   (a file or a folder, searched recursively)");
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.OutputEncoding = Encoding.UTF8;

        try
        {
            return args[0] == Validate
                ? await new ValidateCommand(output).RunAsync(args[1], cancellation.Token)
                : await new SimulateCommand(output).RunAsync(args[1], cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("canceled");
            return 130;
        }
    }
}
