using System.Globalization;
using Collections.Engine.Tests.Fuzzing;
using CsCheck;

namespace Collections.Benchmarks;

/// <summary>
/// <c>fuzz --minutes N [--out FOLDER]</c>: the parser fuzz targets of the engine tests, run for N minutes shared evenly
/// among them. Prints the iterations per parser; every failing input is saved to a file in FOLDER (default
/// <c>fuzz-findings</c>) and named in the output. Exit 1 when anything failed.
/// </summary>
internal static class FuzzCommand
{
    public static int Run(string[] args)
    {
        var minutes = double.Parse(Option(args, "--minutes") ?? "1", CultureInfo.InvariantCulture);
        var folder = Option(args, "--out") ?? "fuzz-findings";
        var targets = FuzzTargets.All(FuzzCorpus.Load(AppContext.BaseDirectory));
        var seconds = Math.Max(1, (int)(minutes * 60 / targets.Count));
        var failed = 0;
        foreach (var target in targets)
        {
            long iterations = 0;
            string? saved = null;
            try
            {
                target.Inputs.Sample(
                    input =>
                    {
                        Interlocked.Increment(ref iterations);
                        try
                        {
                            FuzzRunner.RunCase(target, input);
                        }
                        catch (Exception)
                        {
                            saved ??= Save(folder, target.Name, input);
                            throw;
                        }
                    },
                    time: seconds,
                    threads: 1);
                Console.WriteLine($"{target.Name,-14} {iterations,10:N0} iterations in {seconds} s: ok");
            }
            catch (CsCheckException e)
            {
                failed++;
                Console.WriteLine($"{target.Name,-14} {iterations,10:N0} iterations in {seconds} s: FAILED, input saved to {saved}");
                Console.WriteLine(e.Message.Split('\n')[0]);
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static string Save(string folder, string target, string input)
    {
        Directory.CreateDirectory(folder);
        var path = Path.GetFullPath(Path.Combine(folder, $"{target}-{Guid.NewGuid():N}.txt"));
        File.WriteAllText(path, input);
        return path;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
