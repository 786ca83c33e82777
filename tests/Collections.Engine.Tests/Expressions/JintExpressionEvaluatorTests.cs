using System.Text.Json.Nodes;
using Collections.Engine.Errors;
using Collections.Engine.Model;
using Collections.Engine.Variables;

namespace Collections.Engine.Tests.Expressions;

public sealed class JintExpressionEvaluatorTests
{
    private readonly Sandbox sandbox = new();

    private static TestVariableContext Numbers() => new(("a", 5), ("b", 3), ("s", "abc"), ("flag", true), ("nothing", null));

    [Theory]
    [InlineData("${a == 5}", true)]
    [InlineData("${a eq 5}", true)]
    [InlineData("${a != 5}", false)]
    [InlineData("${a ne 4}", true)]
    [InlineData("${a < b}", false)]
    [InlineData("${a lt 6}", true)]
    [InlineData("${a > b}", true)]
    [InlineData("${a gt 5}", false)]
    [InlineData("${a <= 5}", true)]
    [InlineData("${a le 4}", false)]
    [InlineData("${a >= 6}", false)]
    [InlineData("${a ge 5}", true)]
    [InlineData("${flag && a > b}", true)]
    [InlineData("${flag and a < b}", false)]
    [InlineData("${!flag || a > b}", true)]
    [InlineData("${not flag or a < b}", false)]
    [InlineData("${!(a > b)}", false)]
    [InlineData("${s == 'abc'}", true)]
    [InlineData("${s == \"abc\"}", true)]
    [InlineData("${s eq 'ab\\'c'}", false)]
    [InlineData("${nothing == null}", true)]
    [InlineData("${a > b ? true : false}", true)]
    [InlineData("${a + b * 2 == 11}", true)]
    [InlineData("${(a + b) * 2 == 16}", true)]
    [InlineData("${a - b - 1 == 1}", true)]
    [InlineData("${-a == 0 - 5}", true)]
    [InlineData("${not empty s and a ge 5}", true)]
    public void EvaluateCondition_Operator_GivesExpectedBoolean(string text, bool expected)
    {
        var result = sandbox.Condition(text, Numbers());

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("${a + b}", 8L)]
    [InlineData("${a - b}", 2L)]
    [InlineData("${a * b}", 15L)]
    [InlineData("${a / 5}", 1L)]
    [InlineData("${a div 5}", 1L)]
    [InlineData("${a % b}", 2L)]
    [InlineData("${a mod b}", 2L)]
    [InlineData("${-a}", -5L)]
    [InlineData("${s.length}", 3L)]
    [InlineData("${[1, 2, 3].length}", 3L)]
    public void Evaluate_Arithmetic_GivesInteger(string text, long expected)
    {
        var result = sandbox.Evaluate(text, Numbers());

        Assert.Equal(VariableValue.Integer(expected), result);
    }

    [Fact]
    public void Evaluate_DivisionWithFraction_GivesDecimal()
    {
        var result = sandbox.Evaluate("${a / 2}", Numbers());

        Assert.Equal(VariableValue.Decimal(2.5m), result);
    }

    [Fact]
    public void Evaluate_StringPlusNumber_ConcatenatesAsJavaScript()
    {
        // Documented difference from JUEL: '+' keeps JavaScript semantics, so a string operand concatenates.
        var result = sandbox.Evaluate("${s + a}", Numbers());

        Assert.Equal(VariableValue.String("abc5"), result);
    }

    [Fact]
    public void Evaluate_MethodCallOnString_UsesJavaScriptMethod()
    {
        var result = sandbox.Evaluate("${s.toUpperCase().substring(1)}", Numbers());

        Assert.Equal(VariableValue.String("BC"), result);
    }

    [Fact]
    public void EvaluateCondition_DecimalAboveThreshold_IsTrue()
    {
        var context = new TestVariableContext(("amount", 10000.01m));

        var result = sandbox.Condition("${amount > 10000}", context);

        Assert.True(result);
    }

    [Fact]
    public void EvaluateCondition_DecimalAtThreshold_IsFalse()
    {
        var context = new TestVariableContext(("amount", 10000m));

        var result = sandbox.Condition("${amount > 10000}", context);

        Assert.False(result);
    }

    [Fact]
    public void Evaluate_DecimalTimesFraction_GivesDecimalRoundedToFifteenDigits()
    {
        // Double arithmetic gives 1000.0010000000001; the decimal conversion keeps 15 significant digits.
        var context = new TestVariableContext(("amount", 10000.01m));

        var result = sandbox.Evaluate("${amount * 0.1}", context);

        Assert.Equal(VariableValue.Decimal(1000.001m), result);
    }

    [Fact]
    public void Evaluate_IntegerVariable_KeepsIntegerType()
    {
        var context = new TestVariableContext(("days", 30L));

        var result = sandbox.Evaluate("${days}", context);

        Assert.Equal(VariableValue.Integer(30), result);
    }

    [Fact]
    public void Evaluate_HugeWholeNumber_GivesDecimal()
    {
        var result = sandbox.Evaluate("${9007199254740992 * 4}");

        Assert.Equal(VariableType.Decimal, result.Type);
    }

    [Fact]
    public void Evaluate_StringVariable_KeepsStringType()
    {
        var result = sandbox.Evaluate("${s}", Numbers());

        Assert.Equal(VariableValue.String("abc"), result);
    }

    [Fact]
    public void Evaluate_NullVariable_GivesNull()
    {
        var result = sandbox.Evaluate("${nothing}", Numbers());

        Assert.Equal(VariableValue.Null, result);
    }

    [Fact]
    public void Evaluate_JsonProperty_ReadsNestedValue()
    {
        var context = new TestVariableContext(("customer", JsonNode.Parse("""{"name":"Acme","address":{"city":"Lima"},"tags":["vip"]}""")));

        var dotted = sandbox.Evaluate("${customer.address.city}", context);
        var bracketed = sandbox.Evaluate("${customer['name']}", context);
        var indexed = sandbox.Evaluate("${customer.tags[0]}", context);

        Assert.Equal(VariableValue.String("Lima"), dotted);
        Assert.Equal(VariableValue.String("Acme"), bracketed);
        Assert.Equal(VariableValue.String("vip"), indexed);
    }

    [Fact]
    public void Evaluate_PropertyOfNullOrMissing_GivesNull()
    {
        var context = new TestVariableContext(("customer", JsonNode.Parse("""{"name":"Acme"}""")), ("nothing", null));

        var missing = sandbox.Evaluate("${customer.address.city}", context);
        var ofNull = sandbox.Evaluate("${nothing.name}", context);

        Assert.Equal(VariableValue.Null, missing);
        Assert.Equal(VariableValue.Null, ofNull);
    }

    [Fact]
    public void Evaluate_JsonObject_GivesJson()
    {
        var context = new TestVariableContext(("customer", JsonNode.Parse("""{"address":{"city":"Lima","zip":15001}}""")));

        var result = sandbox.Evaluate("${customer.address}", context);

        Assert.Equal(VariableValue.Json(JsonNode.Parse("""{"city":"Lima","zip":15001}""")), result);
    }

    [Fact]
    public void EvaluateCondition_DateVariables_CompareByInstant()
    {
        var due = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
        var context = new TestVariableContext(("dueDate", due), ("sameDue", due), ("paidOn", due.AddDays(3)));

        Assert.True(sandbox.Condition("${paidOn > dueDate}", context));
        Assert.True(sandbox.Condition("${dueDate == sameDue}", context));
        Assert.False(sandbox.Condition("${dueDate != sameDue}", context));
        Assert.True(sandbox.Condition("${dueDate lt now()}", context));
    }

    [Fact]
    public void Evaluate_DateVariable_KeepsDateTimeType()
    {
        var due = new DateTimeOffset(2026, 2, 1, 12, 30, 0, TimeSpan.Zero);
        var context = new TestVariableContext(("dueDate", due));

        var result = sandbox.Evaluate("${dueDate}", context);

        Assert.Equal(VariableValue.DateTime(due), result);
    }

    [Fact]
    public void Evaluate_Now_ReadsInjectedClock()
    {
        sandbox.Clock.Advance(TimeSpan.FromDays(30));

        var result = sandbox.Evaluate("${now()}");

        Assert.Equal(VariableValue.DateTime(Sandbox.Now.AddDays(30)), result);
    }

    [Fact]
    public void Evaluate_DateTimePlusDaysToDate_GivesNowPlusSevenDays()
    {
        var result = sandbox.Evaluate("${dateTime().plusDays(7).toDate()}");

        Assert.Equal(VariableValue.DateTime(Sandbox.Now.AddDays(7)), result);
    }

    [Theory]
    [InlineData("${dateTime().plusWeeks(2)}", 14 * 24)]
    [InlineData("${dateTime().plusHours(5)}", 5)]
    [InlineData("${dateTime().minusDays(1)}", -24)]
    [InlineData("${dateTime().plusMinutes(90).minusHours(1)}", 0.5)]
    public void Evaluate_DateTimeArithmetic_GivesDateTime(string text, double hours)
    {
        var result = sandbox.Evaluate(text);

        Assert.Equal(VariableValue.DateTime(Sandbox.Now.AddHours(hours)), result);
    }

    [Fact]
    public void Evaluate_DateTimePlusMonthsAtMonthEnd_ClampsToLastDay()
    {
        sandbox.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 31, 9, 0, 0, TimeSpan.Zero));

        var months = sandbox.Evaluate("${dateTime().plusMonths(1)}");
        var years = sandbox.Evaluate("${dateTime().plusYears(2).minusMonths(12)}");

        Assert.Equal(VariableValue.DateTime(new DateTimeOffset(2027, 2, 28, 9, 0, 0, TimeSpan.Zero)), months);
        Assert.Equal(VariableValue.DateTime(new DateTimeOffset(2028, 1, 31, 9, 0, 0, TimeSpan.Zero)), years);
    }

    [Fact]
    public void Evaluate_DateTimeToString_GivesIsoText()
    {
        var result = sandbox.Evaluate("${dateTime().plusDays(1).toString()}");

        Assert.Equal(VariableValue.String("2026-03-03T09:00:00.000Z"), result);
    }

    [Theory]
    [InlineData("${empty nothing}", true)]
    [InlineData("${empty missingText}", true)]
    [InlineData("${empty emptyList}", true)]
    [InlineData("${empty emptyObject}", true)]
    [InlineData("${empty s}", false)]
    [InlineData("${empty list}", false)]
    [InlineData("${empty a}", false)]
    [InlineData("${not empty list}", true)]
    public void EvaluateCondition_Empty_TrueForNullBlankOrEmptyCollections(string text, bool expected)
    {
        var context = new TestVariableContext(
            ("nothing", null), ("missingText", ""), ("emptyList", new JsonArray()), ("emptyObject", new JsonObject()),
            ("s", "x"), ("list", new JsonArray(1)), ("a", 0));

        var result = sandbox.Condition(text, context);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Evaluate_MixedText_ConcatenatesToString()
    {
        var context = new TestVariableContext(("name", "Ana"), ("amount", 1200.5m), ("nothing", null));

        var result = sandbox.Evaluate("Dear ${name}, you owe ${amount}.${nothing}", context);

        Assert.Equal(VariableValue.String("Dear Ana, you owe 1200.5."), result);
    }

    [Fact]
    public void Evaluate_Literal_GivesItsText()
    {
        var result = sandbox.Evaluate("senior-collectors");

        Assert.Equal(VariableValue.String("senior-collectors"), result);
    }

    [Fact]
    public void Evaluate_EscapedExpression_GivesLiteralText()
    {
        var result = sandbox.Evaluate("costs \\${amount}");

        Assert.Equal(VariableValue.String("costs ${amount}"), result);
    }

    [Fact]
    public void Evaluate_LiteralValues_KeepTheirTypes()
    {
        Assert.Equal(VariableValue.True, sandbox.Evaluate("${true}"));
        Assert.Equal(VariableValue.Null, sandbox.Evaluate("${null}"));
        Assert.Equal(VariableValue.String("it's"), sandbox.Evaluate("${'it\\'s'}"));
        Assert.Equal(VariableValue.Decimal(0.25m), sandbox.Evaluate("${.25}"));
        Assert.Equal(VariableValue.Integer(1500), sandbox.Evaluate("${1.5e3}"));
    }

    [Fact]
    public void Evaluate_UnknownVariable_ThrowsNamingIt()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Evaluate("${amount > 10000}"));

        Assert.Equal("Evaluating '${amount > 10000}' failed: Unknown variable 'amount'", error.Message);
        Assert.Equal("expression.failed", error.Code);
    }

    [Fact]
    public void Evaluate_UnknownVariableNotReached_IsNotRead()
    {
        var context = new TestVariableContext(("flag", true), ("other", 1));

        var result = sandbox.Condition("${flag || missing > 1}", context);

        Assert.True(result);
        Assert.Equal(["flag"], context.Reads);
    }

    [Fact]
    public void Evaluate_VariableNamedLikeJavaScriptKeyword_IsRead()
    {
        var context = new TestVariableContext(("class", "A"), ("Math", 2));

        Assert.Equal(VariableValue.String("A"), sandbox.Evaluate("${class}", context));
        Assert.Equal(VariableValue.Integer(2), sandbox.Evaluate("${Math}", context));
    }

    [Fact]
    public void EvaluateCondition_NonBooleanResult_ThrowsNamingResult()
    {
        var context = new TestVariableContext(("amount", 10000.01m));

        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Condition("${amount}", context));

        Assert.Equal("${amount}", error.Expression);
        Assert.Contains("must return a boolean, but it returned decimal '10000.01'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateCondition_LiteralText_Throws()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Condition("true"));

        Assert.Contains("returned string 'true'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateCondition_Script_UsesItsBooleanResult()
    {
        var condition = new ConditionSource(null, sandbox.Compiler.CompileScript("javascript", "amount > 100 && status === 'open'"));
        var context = new TestVariableContext(("amount", 150), ("status", "open"));

        var result = sandbox.Evaluator.EvaluateCondition(condition, context);

        Assert.True(result);
    }

    [Fact]
    public void EvaluateCondition_ScriptReturningNumber_Throws()
    {
        var condition = new ConditionSource(null, sandbox.Compiler.CompileScript("javascript", "1 + 1"));

        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Evaluator.EvaluateCondition(condition, new TestVariableContext()));

        Assert.Contains("returned integer '2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExecutionFacts_ComeFromContext()
    {
        var context = new TestVariableContext(("amount", 7));

        Assert.Equal(VariableValue.String("6f1c2a3e-0000-4000-8000-000000000001"), sandbox.Evaluate("${execution.getProcessInstanceId()}", context));
        Assert.Equal(VariableValue.String("INV-1001"), sandbox.Evaluate("${execution.getBusinessKey()}", context));
        Assert.Equal(VariableValue.String("gateway-amount"), sandbox.Evaluate("${execution.getCurrentActivityId()}", context));
        Assert.Equal(VariableValue.Integer(7), sandbox.Evaluate("${execution.getVariable('amount')}", context));
        Assert.Equal(VariableValue.Null, sandbox.Evaluate("${execution.getVariable('missing')}", context));
    }

    [Fact]
    public void Evaluate_RuntimeTypeError_ThrowsEvaluationException()
    {
        var context = new TestVariableContext(("nothing", null));

        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Evaluate("${nothing.toUpperCase()}", context));

        Assert.Contains("TypeError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NotANumber_ThrowsConversionError()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => sandbox.Evaluate("${0 / 0}"));

        Assert.Contains("NaN cannot be stored", error.Message, StringComparison.Ordinal);
    }
}
