namespace Collections.Server.Tests.Security;

/// <summary>What the authorization matrix expects of one operation for one principal.</summary>
public enum MatrixOutcome
{
    /// <summary>401: the caller is not authenticated for this endpoint (no credentials, or credentials it does not read).</summary>
    Denied401,

    /// <summary>403: authenticated, but the role or scope does not permit the endpoint.</summary>
    Denied403,

    /// <summary>Past authorization: anything but 401 and 403 (and never 500).</summary>
    Allowed,
}
