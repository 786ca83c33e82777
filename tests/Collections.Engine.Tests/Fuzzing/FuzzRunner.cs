namespace Collections.Engine.Tests.Fuzzing;

/// <summary>
/// Runs one fuzz case on a thread-pool thread, whose stack is as small as the server's request threads, so a stack
/// overflow would show here too. A case still running after <see cref="HangLimit"/> is reported as a hang: the
/// parsers bound their work by size and iteration limits, so this is a detector, not the bound.
/// </summary>
internal static class FuzzRunner
{
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    public static void RunCase(FuzzTarget target, string input)
    {
        var run = Task.Run(() => target.Run(input));
        if (!run.Wait(HangLimit))
        {
            throw new TimeoutException($"{target.Name}: one input ran longer than {HangLimit.TotalSeconds} s");
        }
    }
}
