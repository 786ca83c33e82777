namespace Collections.Domain.Workers;

/// <summary>External-task topics the domain's own worker serves (docs/playbook.md, "messages and topics").</summary>
public static class ProcessTaskTopics
{
    public const string SuspendService = "suspend-service";
    public const string RestoreService = "restore-service";
    public const string NotifyWebhook = "notify-webhook";

    /// <summary>Opens the invoice's case now, before the due date (the courtesy call found a deliberate delay).</summary>
    public const string OpenCase = "open-case";

    public static IReadOnlyList<string> All { get; } = [SuspendService, RestoreService, NotifyWebhook, OpenCase];
}
