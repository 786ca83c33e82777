namespace Collections.Domain.Workers;

/// <summary>External-task topics the domain's own worker serves (docs/playbook.md, "messages and topics").</summary>
public static class ProcessTaskTopics
{
    public const string SuspendService = "suspend-service";
    public const string RestoreService = "restore-service";
    public const string NotifyWebhook = "notify-webhook";

    public static IReadOnlyList<string> All { get; } = [SuspendService, RestoreService, NotifyWebhook];
}
