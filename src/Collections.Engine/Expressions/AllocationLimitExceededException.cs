namespace Collections.Engine.Expressions;

/// <summary>
/// A built-in call of a script would allocate more than <see cref="ExpressionOptions.MaxAllocationBytes"/>. Deliberately
/// not a JavaScript error: a script's <c>try/catch</c> cannot swallow it and retry; the evaluation fails.
/// </summary>
internal sealed class AllocationLimitExceededException(string operation, double bytes, long limit)
    : Exception($"{operation} would allocate {Describe(bytes)}, over the limit of {limit:N0} bytes")
{
    private static string Describe(double bytes) =>
        double.IsInfinity(bytes) || bytes >= long.MaxValue ? "more memory than exists" : $"{(long)bytes:N0} bytes";
}
