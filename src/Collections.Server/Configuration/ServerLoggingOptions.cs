namespace Collections.Server.Configuration;

/// <summary>How the server writes logs. Bound from <c>Collections:Logging</c>; levels come from <c>Serilog:MinimumLevel</c>.</summary>
public sealed class ServerLoggingOptions
{
    public const string Section = "Collections:Logging";

    /// <summary>Write compact JSON (CLEF) lines to the console instead of plain text. Default false: people read the console.</summary>
    public bool Json { get; set; }
}
