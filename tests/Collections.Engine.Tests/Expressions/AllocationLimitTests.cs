using Collections.Engine.Errors;
using Collections.Engine.Expressions;

namespace Collections.Engine.Tests.Expressions;

/// <summary>
/// One built-in call may not allocate more than <see cref="ExpressionOptions.MaxAllocationBytes"/>: the check runs
/// before the allocation, so the thread's allocated bytes stay far below what the script asked for.
/// </summary>
public sealed class AllocationLimitTests
{
    /// <summary>Each attempt asks for 256 MB or more; the evaluation may allocate at most this much on its way to the refusal.</summary>
    private const long Bounded = 48L * 1024 * 1024;

    private readonly Sandbox sandbox = new();

    public static TheoryData<string> HugeAllocations() => new()
    {
        "'x'.repeat(2**28)",
        "'x'.padStart(2**28)",
        "'x'.padEnd(2**28, 'ab')",
        "new Array(2**28)",
        "Array(2**28)",
        "var a = []; a.length = 2**28; a.fill(0)",
        "new Array(1000).fill('x'.repeat(2**20)).join('')",
        "new Array(1000).fill('x'.repeat(2**20)).toString()",
        "new Array(1000).fill('x'.repeat(2**20)).toLocaleString()",
        "Array.prototype.join.call('x'.repeat(2**20), 'y'.repeat(2**10))",
        "new ArrayBuffer(2**28)",
        "new Uint8Array(2**28)",
        "new Float64Array(2**25)",
        "new Int32Array({ length: 2**26 })",
        "new ArrayBuffer(8, { maxByteLength: 2**30 })",
        "JSON.stringify(new Array(1000).fill('x'.repeat(2**20)))",
        "JSON.stringify({ a: new Array(1000).fill('x'.repeat(2**20)) }, null, 2)",
        "JSON.stringify(new Array(1000).fill(1), function (k, v) { return k === '' ? v : 'x'.repeat(2**20); })",
        "JSON.parse('[' + '1,'.repeat(2**22) + '1]')",
        "var s = 'x'; for (var i = 0; i < 40; i++) { s = s + s; } s.length",
        "var s = 'x'.repeat(2**20), a = ''; for (var i = 0; i < 1000; i++) { a += s; } a.length",
        "'x'.concat('y'.repeat(2**20), 'z'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20), 'x'.repeat(2**20))",
        "var a = new Array(2**19).fill(0); a.concat(a, a, a, a, a, a, a, a)",
        "'a'.repeat(2**20).replaceAll('a', 'x'.repeat(2**10))",
        "'a'.repeat(2**12).replace(/a/g, \"$'$'\")",
        "'a'.repeat(2**20).replace(/a/g, function () { return 'x'.repeat(2**10); })",
    };

    [Theory]
    [MemberData(nameof(HugeAllocations))]
    public void RunScript_HugeAllocation_FailsWithLimitErrorBeforeAllocating(string script)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run(script));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Matches("exceeded the (allocation|memory) limit", error.Message);
        Assert.True(allocated < Bounded, $"the script allocated {allocated:N0} bytes before it was stopped");
    }

    [Fact]
    public void EvaluateCondition_HugeRepeat_FailsWithAllocationLimit()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Condition("${'x'.repeat(268435456).length > 0}"));

        Assert.Contains("Expression exceeded the allocation limit: String.prototype.repeat would allocate 536,870,912 bytes", error.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < Bounded);
    }

    [Fact]
    public void RunScript_TryCatchAroundHugeRepeat_CannotSwallowTheLimit()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() =>
            sandbox.Run("var r; try { r = 'x'.repeat(2**28); } catch (e) { r = 'caught'; } r"));

        Assert.Contains("allocation limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_ReplacedRepeat_StillGuarded()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() =>
            sandbox.Run("var r = String.prototype.repeat; String.prototype.repeat = function (n) { return r.call(this, n); }; 'x'.repeat(2**28)"));

        Assert.Contains("allocation limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_LowerAllocationBound_RefusesWhatTheDefaultAllows()
    {
        var tight = new Sandbox(new ExpressionOptions { MaxAllocationBytes = 1024 });

        var error = Assert.Throws<ExpressionEvaluationException>(() => tight.Run("'x'.repeat(1000)"));

        Assert.Contains("String.prototype.repeat would allocate 2,000 bytes, over the limit of 1,024 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'ab'.repeat(3)", "ababab")]
    [InlineData("'5'.padStart(3, '0') + '5'.padEnd(3, '-')", "0055--")]
    [InlineData("[1, null, 'a', [2, 3]].join('|')", "1||a|2,3")]
    [InlineData("String([1, [2, [3]]])", "1,2,3")]
    [InlineData("(function () { var a = [1]; a.push(a); return a.join('-'); })()", "1-")]
    [InlineData("[1, 2, 3].fill(0, 1).join()", "1,0,0")]
    [InlineData("[1].concat([2, 3], 4).join()", "1,2,3,4")]
    [InlineData("'a'.concat('b', 1, null)", "ab1null")]
    [InlineData("'a-b-c'.replaceAll('-', '+') + 'x'.replace(/x/, '$&$&')", "a+b+cxx")]
    [InlineData("'abc'.replace(/b/g, function (m) { return m.toUpperCase(); })", "aBc")]
    [InlineData("JSON.stringify({ a: [1, 'x'], b: { c: true } })", "{\"a\":[1,\"x\"],\"b\":{\"c\":true}}")]
    [InlineData("JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c'])", "{\"a\":1,\"c\":{\"a\":3}}")]
    [InlineData("JSON.stringify({ a: 1, b: 'x' }, function (k, v) { return typeof v === 'number' ? v * 2 : v; })", "{\"a\":2,\"b\":\"x\"}")]
    [InlineData("JSON.stringify([1], null, 2)", "[\n  1\n]")]
    [InlineData("JSON.parse('{\"a\":[1,2]}').a.join()", "1,2")]
    [InlineData("String(new Uint8Array([1, 2, 3]).subarray(1)) + ' ' + new ArrayBuffer(8).byteLength + ' ' + (new Uint16Array(2) instanceof Uint16Array)", "2,3 8 true")]
    [InlineData("typeof this['Array' + 'Buffer'] + ' ' + typeof this['Uint8' + 'Array']", "undefined undefined")]
    public void RunScript_ModestUseOfGuardedBuiltIns_BehavesAsStandard(string script, string expected)
    {
        var result = sandbox.Run(script);

        Assert.Equal(expected, result.AsString());
    }
}
