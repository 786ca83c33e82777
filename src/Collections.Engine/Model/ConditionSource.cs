namespace Collections.Engine.Model;

/// <summary>A condition on a sequence flow or conditional event: either a <c>${...}</c> expression or a script.</summary>
public sealed record ConditionSource(Expression? Expression, ScriptSource? Script);
