namespace Collections.Server.Tests.Security;

/// <summary>
/// One operation of the authorization matrix (<c>METHOD /path/{template}</c> as the OpenAPI document names it) and the
/// principals allowed past authorization. Everyone else is refused: anonymous with 401, others with 403, except the
/// principals in <see cref="Unauthenticated"/>, whose credentials this endpoint does not read (401).
/// <see cref="OutsideDocument"/> marks the few endpoints the OpenAPI document leaves out (health, the document itself, metrics).
/// </summary>
public sealed record MatrixRow(string Operation, IReadOnlySet<string> Allowed, IReadOnlySet<string> Unauthenticated, bool Public = false, bool OutsideDocument = false)
{
    public string Method => Operation[..Operation.IndexOf(' ', StringComparison.Ordinal)];

    public string Path => Operation[(Operation.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    public MatrixOutcome Expected(string principal) =>
        Public || Allowed.Contains(principal) ? MatrixOutcome.Allowed
        : principal == MatrixPrincipal.Anonymous || Unauthenticated.Contains(principal) ? MatrixOutcome.Denied401
        : MatrixOutcome.Denied403;
}
