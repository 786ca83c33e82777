using System.Text.Json.Nodes;
using Collections.Engine.Errors;
using Collections.Engine.Variables;

namespace Collections.Engine.Tests.Expressions;

public sealed class ScriptTests
{
    private readonly Sandbox sandbox = new();

    [Fact]
    public void RunScript_SetVariable_WritesToContext()
    {
        var context = new TestVariableContext(("amount", 1200.5m));

        sandbox.Run("execution.setVariable('discount', amount * 0.1); execution.setVariable('stage', 'senior');", context);

        Assert.Equal(VariableValue.Decimal(120.05m), context["discount"]);
        Assert.Equal(VariableValue.String("senior"), context["stage"]);
    }

    [Fact]
    public void RunScript_SetVariableLocal_WritesLocalScope()
    {
        var context = new TestVariableContext();

        sandbox.Run("execution.setVariableLocal('attempt', 2)", context);

        Assert.Equal(VariableValue.Integer(2), context.Local["attempt"]);
    }

    [Fact]
    public void RunScript_SetVariableObject_StoresJson()
    {
        var context = new TestVariableContext();

        sandbox.Run("execution.setVariable('plan', { installments: 3, dates: ['2026-04-01'] })", context);

        Assert.Equal(VariableValue.Json(JsonNode.Parse("""{"installments":3,"dates":["2026-04-01"]}""")), context["plan"]);
    }

    [Fact]
    public void RunScript_SetVariableDate_StoresDateTime()
    {
        var context = new TestVariableContext();

        sandbox.Run("execution.setVariable('followUp', dateTime().plusDays(3)); execution.setVariable('seen', now())", context);

        Assert.Equal(VariableValue.DateTime(Sandbox.Now.AddDays(3)), context["followUp"]);
        Assert.Equal(VariableValue.DateTime(Sandbox.Now), context["seen"]);
    }

    [Fact]
    public void RunScript_LastExpression_IsResult()
    {
        var context = new TestVariableContext(("amount", 200), ("customer", JsonNode.Parse("""{"tier":"gold"}""")));

        var result = sandbox.Run("var rate = customer.tier === 'gold' ? 0.05 : 0.1;\nvar fee = amount * rate;\nfee + 1", context);

        Assert.Equal(VariableValue.Integer(11), result);
    }

    [Fact]
    public void RunScript_NoExpressionStatement_GivesNull()
    {
        var result = sandbox.Run("var x = 1;");

        Assert.Equal(VariableValue.Null, result);
    }

    [Fact]
    public void RunScript_GetVariable_ReadsContext()
    {
        var context = new TestVariableContext(("amount", 5));

        var result = sandbox.Run("execution.getVariable('amount') * 2", context);

        Assert.Equal(VariableValue.Integer(10), result);
    }

    [Fact]
    public void RunScript_UnknownBareName_ThrowsUnknownVariable()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run("amount > 1"));

        Assert.Contains("Unknown variable 'amount'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_ThrownError_ThrowsWithLine()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run("var a = 1;\nthrow new Error('no plan for ' + a);"));

        Assert.Contains("Error: no plan for 1 (line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_UndeclaredAssignment_FailsInStrictMode()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run("total = 5"));

        Assert.Contains("total", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_SetVariableWithoutName_Throws()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run("execution.setVariable(42, 1)"));

        Assert.Contains("needs a variable name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_ReturnsFunction_ThrowsConversionError()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Run("(function () {})"));

        Assert.Contains("function cannot be stored", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunScript_NewDate_ReadsInjectedClock()
    {
        sandbox.Clock.Advance(TimeSpan.FromHours(2));

        var result = sandbox.Run("new Date()");

        Assert.Equal(VariableValue.DateTime(Sandbox.Now.AddHours(2)), result);
    }
}
