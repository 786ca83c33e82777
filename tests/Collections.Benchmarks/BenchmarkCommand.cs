namespace Collections.Benchmarks;

/// <summary>Dispatches <c>engine</c>, <c>timers</c>, <c>api</c>, <c>inbox</c>, <c>outreach</c> and <c>fuzz</c> with their options.</summary>
internal static class BenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine("usage: engine --db sqlite|postgres [--instances N] [--concurrency C] [--connection CS]");
            Console.WriteLine("       timers --db postgres [--timers N] [--nodes K] [--workers W] [--connection CS]");
            Console.WriteLine("       api --db sqlite|postgres [--cases N] [--concurrency C] [--process trivial] [--connection CS]");
            Console.WriteLine("       inbox --db postgres [--cases 100000] [--tasks 20000] [--samples 200] [--connection CS]");
            Console.WriteLine("       outreach --db sqlite|postgres [--debtors 200] [--invoices-per-debtor 3] [--concurrency 8] [--connection CS]");
            Console.WriteLine("       fuzz [--minutes 1] [--out fuzz-findings]");
            return args.Length == 0 ? 1 : 0;
        }

        if (args[0] == "fuzz")
        {
            return FuzzCommand.Run(args);
        }

        if (args[0] == "outreach")
        {
            await OutreachBenchmark.RunAsync(args, CancellationToken.None);
            return 0;
        }

        var options = BenchmarkOptions.Parse(args.Skip(1).ToArray());
        switch (args[0])
        {
            case "engine":
                await new EngineBenchmark(options).RunAsync(CancellationToken.None);
                return 0;
            case "timers":
                await new TimerBenchmark(options).RunAsync(CancellationToken.None);
                return 0;
            case "api":
                await new ApiBenchmark(options).RunAsync(CancellationToken.None);
                return 0;
            case "inbox":
                await new InboxBenchmark(BenchmarkOptions.Parse(InboxBenchmark.WithDefaults(args.Skip(1)))).RunAsync(CancellationToken.None);
                return 0;
            case "timers-node": // a child process of 'timers'
                await TimerBenchmark.RunNodeAsync(options);
                return 0;
            default:
                Console.Error.WriteLine($"Unknown benchmark '{args[0]}'.");
                return 1;
        }
    }
}
