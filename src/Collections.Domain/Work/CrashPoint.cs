namespace Collections.Domain.Work;

/// <summary>The named <see cref="ICrashPoints"/> moments.</summary>
public static class CrashPoint
{
    /// <summary>The send intent is committed; the provider has not been called.</summary>
    public const string BeforeProviderCall = "outreach.before-provider-call";

    /// <summary>The provider accepted the message; nothing recorded yet.</summary>
    public const string AfterProviderCall = "outreach.after-provider-call";

    /// <summary>The send is recorded; the external task is not completed yet.</summary>
    public const string AfterRecord = "outreach.after-record";

    /// <summary>The webhook receiver answered; the delivery is not recorded yet.</summary>
    public const string AfterWebhookPost = "webhooks.after-post";
}
