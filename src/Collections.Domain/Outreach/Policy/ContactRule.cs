namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// Which rule of which profile decided a contact: a stable <see cref="Code"/> (<see cref="ContactReasons"/>) and its
/// arguments (invariant strings: a window <c>07:00-19:00</c>, a date <c>2027-01-11</c>, a cap's <c>max</c>), so the UI
/// can say why in the reader's language.
/// </summary>
public sealed record ContactRule(string Code, string Profile, IReadOnlyDictionary<string, string> Arguments)
{
    public static ContactRule Of(string code, string profile, params (string Name, string Value)[] arguments) =>
        new(code, profile, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));
}
