namespace Collections.Engine.Model;

/// <summary>One <c>camunda:value</c> of an enum form field.</summary>
public sealed record FormFieldOption(string Id, string Name);
