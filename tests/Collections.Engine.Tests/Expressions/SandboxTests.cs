using Collections.Engine.Errors;
using Collections.Engine.Expressions;
using Collections.Engine.Variables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Collections.Engine.Tests.Expressions;

/// <summary>Each sandbox limit has its test (DESIGN.md D6): a hostile script fails one evaluation, never the host.</summary>
public sealed class SandboxTests
{
    private readonly Sandbox sandbox = new();

    [Fact]
    public void RunScript_InfiniteLoop_StoppedByStatementLimit()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run("while (true) {}"));

        Assert.Contains("Script exceeded 10000 statements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_InfiniteLoopWithHighStatementLimit_StoppedByTimeLimit()
    {
        var strict = new Sandbox(new ExpressionOptions { MaxStatements = int.MaxValue - 1, Timeout = TimeSpan.FromMilliseconds(200) });

        var error = Assert.Throws<ExpressionEvaluationException>(() => strict.Run("while (true) {}"));

        Assert.Contains("Script exceeded the time limit of 0.2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_LoopInsideCallback_StoppedByStatementLimit()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run("[1].forEach(function f() { while (true) {} })"));

        Assert.Contains("exceeded 10000 statements", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("function f() { return f(); } f()")]
    [InlineData("function f(n) { return 1 + f(n + 1); } f(0)")]
    [InlineData("function a() { return b(); } function b() { return a(); } a()")]
    [InlineData("var o = { get x() { return this.x; } }; o.x")]
    [InlineData("var p = new Proxy({}, { get: function (t, k, r) { return r[k]; } }); p.x")]
    public void RunScript_DeepRecursion_StoppedCleanly(string script)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run(script));

        Assert.Contains("Evaluating", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_SelfRecursion_NamesRecursionLimit()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run("function f() { return f(); } f()"));

        Assert.Contains("Script exceeded the recursion limit of 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_HugeAllocation_StoppedByMemoryLimit()
    {
        var generous = new Sandbox(new ExpressionOptions { MaxStatements = 1_000_000 });

        var error = Assert.Throws<ExpressionEvaluationException>(() => generous.Run("var a = []; while (true) a.push('x'.repeat(1e6));"));

        Assert.Contains("Script exceeded the memory limit of 8388608 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var a = []; while (true) a.push('x'.repeat(1e6));")]
    [InlineData("new Array(1e8).fill(0).length")]
    [InlineData("'x'.repeat(2 ** 30).length")]
    public void RunScript_HugeAllocation_StoppedByALimit(string script)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run(script));

        Assert.Equal("expression.failed", error.Code);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "Unknown variable 'System'")]
    [InlineData("importNamespace('System.IO')", "Unknown variable 'importNamespace'")]
    [InlineData("require('fs')", "Unknown variable 'require'")]
    [InlineData("eval('1 + 1')", "String compilation has been disabled")]
    [InlineData("new Function('return 1')()", "String compilation has been disabled")]
    [InlineData("execution.getClass()", "TypeError")]
    [InlineData("execution.getVariable.constructor('return 1')()", "String compilation has been disabled")]
    [InlineData("new ShadowRealm().evaluate('1 + 1')", "String compilation has been disabled")]
    [InlineData("Object.getPrototypeOf(execution.getVariable).constructor('return this')()", "String compilation has been disabled")]
    public void RunScript_ReachingForTheHost_FailsCleanly(string script, string expected)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run(script));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ImportStatement_IsSyntaxError()
    {
        Assert.Throws<ExpressionSyntaxException>(() => sandbox.Compiler.CompileScript("javascript", "import fs from 'fs';"));
    }

    [Fact]
    public void Evaluate_ReachingForClr_FailsCleanly()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Evaluate("${System.IO.File}"));

        Assert.Contains("Unknown variable 'System'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_GlobalsFromPreviousEvaluation_AreNotVisible()
    {
        sandbox.Run("var leaked = 'secret'; globalThis.alsoLeaked = 1; Array.prototype.push = function () { return 'hijacked'; }; 0");

        var seen = sandbox.Run("typeof leaked + ',' + typeof alsoLeaked + ',' + [].push(1)");

        Assert.Equal(VariableValue.String("undefined,undefined,1"), seen);
    }

    [Fact]
    public void RunScript_OverwrittenHelper_DoesNotLeakToNextEvaluation()
    {
        var context = new TestVariableContext(("a", 1));
        sandbox.Run("__eq = function () { return false; }; now = null;", context);

        var result = sandbox.Condition("${a == 1 && now() != null}", context);

        Assert.True(result);
    }

    [Fact]
    public void RunScript_AfterFailure_NextEvaluationWorks()
    {
        Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run("while (true) {}"));

        var result = sandbox.Run("1 + 1");

        Assert.Equal(VariableValue.Integer(2), result);
    }

    [Fact]
    public void Evaluate_ManyThreadsOneEvaluator_EachSeesItsOwnVariables()
    {
        var expression = sandbox.Compiler.Compile("${amount * 2}");

        var results = Enumerable.Range(0, 200).AsParallel()
            .Select(i => (i, value: sandbox.Evaluator.Evaluate(expression, new TestVariableContext(("amount", i)))))
            .ToList();

        Assert.All(results, r => Assert.Equal(VariableValue.Integer(r.i * 2), r.value));
    }

    [Fact]
    public void Evaluate_SetVariableInExpression_WritesToContext()
    {
        var context = new TestVariableContext();

        var result = sandbox.Evaluate("${execution.setVariable('approved', true)}", context);

        Assert.Equal(VariableValue.Null, result);
        Assert.Equal(VariableValue.True, context["approved"]);
    }

    [Fact]
    public void AddCollectionsExpressions_NegativeLimit_FailsValidation()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Collections:Expressions:MaxStatements"] = "-1" })
                .Build())
            .AddCollectionsExpressions();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ExpressionOptions>>().Value);

        Assert.Contains("MaxStatements must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCollectionsExpressions_Defaults_ResolveWorkingServices()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddCollectionsExpressions();
        using var provider = services.BuildServiceProvider();
        var compiler = provider.GetRequiredService<IExpressionCompiler>();
        var evaluator = provider.GetRequiredService<IExpressionEvaluator>();

        var result = evaluator.Evaluate(compiler.Compile("${1 + 1}"), new TestVariableContext());

        Assert.Equal(VariableValue.Integer(2), result);
        Assert.Equal(10_000, provider.GetRequiredService<IOptions<ExpressionOptions>>().Value.MaxStatements);
    }
}
