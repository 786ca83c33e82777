using System.Globalization;

namespace Collections.Server.Cli.Demo;

/// <summary>
/// <c>demo [--database PATH] [--reset] [--debtors N] [--weeks N]</c>; every other argument (<c>--urls</c>,
/// <c>--Key=value</c>) goes to the server.
/// </summary>
internal sealed record DemoOptions
{
    public const string DefaultDatabase = "data/demo/collections.db";

    /// <summary>The demo's SQLite file, relative to the repository root. Default <c>data/demo/collections.db</c>, beside but never the server's own <c>data/collections.db</c>.</summary>
    public string Database { get; init; } = DefaultDatabase;

    /// <summary>Delete the demo database (and its outbox) and seed it again. Default false: an existing demo database is reused.</summary>
    public bool Reset { get; init; }

    /// <summary>
    /// Debtors, one invoice each. Default one per story (<see cref="DemoCast.MinimumDebtors"/>, 18), also the least:
    /// every stage and inbox populated while the seeding stays short; <c>--debtors 36</c> repeats each story once more.
    /// </summary>
    public int Debtors { get; init; } = DemoCast.MinimumDebtors;

    /// <summary>Weeks the simulated clock runs before it reaches now. Default 6, the playbook's whole ladder and then some; at least 6.</summary>
    public int Weeks { get; init; } = 6;

    /// <summary>
    /// The longest the simulated clock moves in one step (it stops earlier wherever something is due). Default 6 hours:
    /// the case scanner and the promise checks, which go by the debtor's local date, run at least four times a day.
    /// </summary>
    public TimeSpan Step { get; init; } = TimeSpan.FromHours(6);

    /// <summary>The arguments the server gets besides the demo's own settings.</summary>
    public IReadOnlyList<string> ServerArgs { get; init; } = [];

    public const string Usage = "usage: demo [--database PATH] [--reset] [--debtors N] [--weeks N] [server options such as --urls URL]";

    /// <summary>The options, or null with <paramref name="error"/> set.</summary>
    public static DemoOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new DemoOptions();
        var rest = new List<string>();
        error = null;
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--reset":
                    options = options with { Reset = true };
                    break;
                case "--database" when !string.IsNullOrWhiteSpace(value):
                    options = options with { Database = value };
                    i++;
                    break;
                case "--debtors" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var debtors) && debtors >= DemoCast.MinimumDebtors && debtors <= 1000:
                    options = options with { Debtors = debtors };
                    i++;
                    break;
                case "--weeks" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) && weeks is >= 6 and <= 52:
                    options = options with { Weeks = weeks };
                    i++;
                    break;
                case "--database" or "--debtors" or "--weeks":
                    error = $"demo: {args[i]} needs a value ({(args[i] == "--debtors" ? $"{DemoCast.MinimumDebtors} to 1000" : args[i] == "--weeks" ? "6 to 52" : "a file path")}).";
                    return null;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return options with { ServerArgs = rest };
    }
}
