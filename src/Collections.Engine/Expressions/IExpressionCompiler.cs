using Collections.Engine.Model;

namespace Collections.Engine.Expressions;

/// <summary>Turns expression and script text from the BPMN into prepared forms, once per deployment.</summary>
public interface IExpressionCompiler
{
    /// <summary>
    /// Compiles text that may contain <c>${...}</c> or <c>#{...}</c>. Literal text gives an <see cref="Expression"/>
    /// with <see cref="Expression.IsLiteral"/> set. Throws <see cref="Errors.ExpressionSyntaxException"/> when it cannot parse.
    /// </summary>
    Expression Compile(string text);

    /// <summary>Compiles a script; only <c>javascript</c> (also <c>js</c>, <c>ecmascript</c>) is accepted. Throws <see cref="Errors.ExpressionSyntaxException"/>.</summary>
    ScriptSource CompileScript(string format, string body);
}
