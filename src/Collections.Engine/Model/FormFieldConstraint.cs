namespace Collections.Engine.Model;

/// <summary>A <c>camunda:constraint</c>: required, readonly, minlength, maxlength, min, max, pattern.</summary>
public sealed record FormFieldConstraint(string Name, string? Config);
