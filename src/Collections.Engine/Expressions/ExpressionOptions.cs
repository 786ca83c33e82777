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

    /// <summary>
    /// Largest block one built-in call of an expression or script may allocate at once: a string from <c>repeat</c>,
    /// <c>padStart</c>, <c>join</c>, <c>concat</c>, <c>replace</c> or <c>JSON.stringify</c>, an array, an
    /// <c>ArrayBuffer</c> or typed array. Default 32 MB. Checked <em>before</em> the call allocates, because
    /// <see cref="MemoryLimitBytes"/> is measured only after a statement, when a single <c>'x'.repeat(2**28)</c> has
    /// already taken 512 MB of the server's memory. A call over the bound fails the evaluation.
    /// </summary>
    public long MaxAllocationBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Deepest nesting of a <c>${...}</c> expression (brackets, calls, <c>?:</c> choices, unary operators) the
    /// compiler accepts. Default 64: real conditions nest a handful of levels, and the bound keeps the recursive
    /// translator far from the end of the thread's stack. Scripts are bounded by Jint's own parser (256 levels and a
    /// stack probe). A deeper expression is a syntax error at deployment.
    /// </summary>
    public int MaxNestingDepth { get; set; } = 64;
}
