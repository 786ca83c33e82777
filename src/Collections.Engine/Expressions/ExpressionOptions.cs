namespace Collections.Engine.Expressions;

/// <summary>
/// Sandbox limits for <c>${...}</c> expressions and javascript scripts (DESIGN.md D6). A limit that is hit fails that one
/// evaluation with <see cref="Errors.ExpressionEvaluationException"/>, which becomes an incident on the instance.
/// </summary>
public sealed class ExpressionOptions
{
    public const string Section = "Collections:Expressions";

    /// <summary>
    /// Most statements one evaluation may run. Default 10 000: a condition needs a handful and a mapping script a few
    /// hundred, while <c>while(true){}</c> stops within a millisecond or so instead of waiting for <see cref="Timeout"/>.
    /// </summary>
    public int MaxStatements { get; set; } = 10_000;

    /// <summary>
    /// Longest wall-clock time one evaluation may run. Default 2 s: it also bounds work the statement count does not
    /// see, such as one huge <c>sort</c> or a slow regular expression, and it keeps a job executor thread from hanging.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Most bytes one evaluation may allocate. Default 8 MB: far above any process variable we store (the instance
    /// document aims at 4 KB) and small enough that many evaluations running at once cannot exhaust the server.
    /// </summary>
    public long MemoryLimitBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// How often one function may be on the call stack at once. Default 64: enough for honest recursion over a small
    /// tree, and it turns runaway recursion into an error long before the host thread's stack could overflow.
    /// </summary>
    public int RecursionLimit { get; set; } = 64;
}
