namespace Collections.Engine.Model;

/// <summary>A script in a script task, input/output parameter or condition. Only <c>javascript</c> is supported.</summary>
public sealed class ScriptSource
{
    public ScriptSource(string format, string body, object? prepared)
    {
        Format = format;
        Body = body;
        Prepared = prepared;
    }

    /// <summary><c>scriptFormat</c>, e.g. <c>javascript</c>.</summary>
    public string Format { get; }

    /// <summary>The script text.</summary>
    public string Body { get; }

    /// <summary>The parsed program owned by the expression evaluator (parse once, run many).</summary>
    internal object? Prepared { get; }
}
