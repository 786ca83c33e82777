namespace Collections.Engine.Expressions;

/// <summary>One piece of expression text: literal text, or the inside of one <c>${...}</c> starting at <paramref name="Offset"/>.</summary>
internal readonly record struct TemplatePart(bool IsExpression, string Text, int Offset);
