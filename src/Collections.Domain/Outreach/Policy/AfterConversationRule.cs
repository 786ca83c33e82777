namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// After a telephone conversation about a debt, at most <see cref="MaxCalls"/> calls about it for <see cref="Days"/>
/// days (Regulation F, 12 CFR 1006.14(b)(2)(ii): none within 7 days; <see cref="Days"/> 0 turns the rule off).
/// </summary>
public sealed class AfterConversationRule
{
    /// <summary>Days after the conversation the rule lasts. Default 0 (off).</summary>
    public int Days { get; set; }

    /// <summary>Calls allowed in those days. Default 0.</summary>
    public int MaxCalls { get; set; }
}
