namespace Collections.Benchmarks;

/// <summary>Command-line options shared by the benchmarks.</summary>
internal sealed record BenchmarkOptions(string Database, int Instances, int Concurrency, string? Connection, int Timers = 5000, int Nodes = 1, int Workers = 4, string? Owner = null, int Cases = 2000, string? Process = null, int Tasks = 20000, int Samples = 200)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        var db = values.GetValueOrDefault("db", "sqlite");
        return new BenchmarkOptions(
            db,
            int.Parse(values.GetValueOrDefault("instances", "2000"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("concurrency", db == "postgres" ? "16" : "1"), System.Globalization.CultureInfo.InvariantCulture),
            values.GetValueOrDefault("connection"),
            int.Parse(values.GetValueOrDefault("timers", "5000"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("nodes", "1"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("workers", "4"), System.Globalization.CultureInfo.InvariantCulture),
            values.GetValueOrDefault("owner"),
            int.Parse(values.GetValueOrDefault("cases", "2000"), System.Globalization.CultureInfo.InvariantCulture),
            values.GetValueOrDefault("process"),
            int.Parse(values.GetValueOrDefault("tasks", "20000"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("samples", "200"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
