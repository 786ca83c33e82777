using Collections.Engine.Errors;

namespace Collections.Engine.Tests.Expressions;

public sealed class ExpressionCompilerTests
{
    private readonly Collections.Engine.Expressions.ExpressionCompiler compiler = new();

    [Theory]
    [InlineData("senior-collectors")]
    [InlineData("")]
    [InlineData("costs $ 5 and {braces}")]
    public void Compile_TextWithoutExpression_IsLiteral(string text)
    {
        var expression = compiler.Compile(text);

        Assert.True(expression.IsLiteral);
        Assert.Equal(text, expression.Text);
    }

    [Theory]
    [InlineData("${amount > 10000}")]
    [InlineData("#{amount > 10000}")]
    [InlineData("Dear ${name}, you owe ${amount}")]
    [InlineData("${a == '}'}")]
    public void Compile_TextWithExpression_IsPrepared(string text)
    {
        var expression = compiler.Compile(text);

        Assert.False(expression.IsLiteral);
        Assert.Equal(text, expression.Text);
    }

    [Theory]
    [InlineData("${amount >}", "expected a value after '>'")]
    [InlineData("${", "has no closing '}'")]
    [InlineData("${amount > 5", "has no closing '}'")]
    [InlineData("${(amount > 5}", "expected ')'")]
    [InlineData("${amount > 5)}", "unexpected ')'")]
    [InlineData("${}", "is empty")]
    [InlineData("${ 'open }", "has no closing '}'")]
    [InlineData("${amount = 5}", "'=' is not supported")]
    [InlineData("${amount & 5}", "'&' is not supported")]
    [InlineData("${amount and}", "expected a value after 'and'")]
    [InlineData("${foo(1)}", "unknown function 'foo'")]
    [InlineData("${fn:length(x)}", "function prefixes")]
    [InlineData("${a b}", "unexpected 'b'")]
    [InlineData("${a.}", "expected a property name")]
    [InlineData("${1e}", "malformed number")]
    [InlineData("${x instanceof y}", "unexpected 'instanceof'")]
    public void Compile_BadSyntax_ThrowsWithClearMessage(string text, string expected)
    {
        var error = Assert.Throws<ExpressionSyntaxException>(() => compiler.Compile(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(text, error.Expression);
        Assert.Equal("expression.syntax", error.Code);
    }

    [Fact]
    public void Compile_BadSyntax_NamesThePosition()
    {
        var error = Assert.Throws<ExpressionSyntaxException>(() => compiler.Compile("Hello ${amount >}"));

        Assert.Equal("Cannot parse 'Hello ${amount >}': expected a value after '>' at position 17", error.Message);
    }

    [Theory]
    [InlineData("javascript")]
    [InlineData("JavaScript")]
    [InlineData("js")]
    [InlineData("ECMAScript")]
    public void CompileScript_JavaScriptFormat_IsPrepared(string format)
    {
        var script = compiler.CompileScript(format, "var x = 1; x + 1");

        Assert.Equal(format, script.Format);
        Assert.NotNull(script.Prepared);
    }

    [Theory]
    [InlineData("groovy")]
    [InlineData("python")]
    [InlineData("")]
    public void CompileScript_OtherFormat_Throws(string format)
    {
        var error = Assert.Throws<ExpressionSyntaxException>(() => compiler.CompileScript(format, "1"));

        Assert.Contains("not supported", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var x = ;", "line 1")]
    [InlineData("var a = 1;\nif (a {\n}", "line 2")]
    [InlineData("with ({}) {}", "with")]
    public void CompileScript_BadSyntax_ThrowsWithLine(string body, string expected)
    {
        var error = Assert.Throws<ExpressionSyntaxException>(() => compiler.CompileScript("javascript", body));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
