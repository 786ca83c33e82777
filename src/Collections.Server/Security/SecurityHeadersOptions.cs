namespace Collections.Server.Security;

/// <summary>Headers every response carries, bound from <c>Collections:Security:Headers</c>.</summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "Collections:Security:Headers";

    /// <summary>
    /// The Content-Security-Policy. Default: everything from this origin only; inline styles allowed because the
    /// bpmn-js designer positions its elements with <c>style</c> attributes; images also from <c>data:</c>/<c>blob:</c>
    /// (bpmn-js icons, exported diagrams); frames from this origin (the outbox shows HTML bodies in a sandboxed
    /// <c>srcdoc</c> frame, which inherits this policy, so mail content can run no script either); no
    /// <c>unsafe-eval</c>, no inline script; nobody may frame the app (<c>frame-ancestors 'none'</c>).
    /// </summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; frame-src 'self'; child-src 'self' blob:; worker-src 'self' blob:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Referrer-Policy. Default <c>no-referrer</c>: case URLs (ids) never leak to other sites.</summary>
    public string ReferrerPolicy { get; set; } = "no-referrer";

    /// <summary>X-Frame-Options for browsers without <c>frame-ancestors</c>. Default <c>DENY</c>.</summary>
    public string FrameOptions { get; set; } = "DENY";

    /// <summary>Send Strict-Transport-Security on HTTPS responses outside Development. Default true (max-age 365 days).</summary>
    public bool Hsts { get; set; } = true;
}
