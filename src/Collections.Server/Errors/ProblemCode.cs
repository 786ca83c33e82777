namespace Collections.Server.Errors;

/// <summary>
/// One stable problem code: the HTTP status it travels with (0 for codes that never answer a request and are only
/// seen in incidents) and what it means, as docs/api.md's error-code table lists it.
/// </summary>
internal sealed record ProblemCode(string Code, int Status, string Meaning);
