using Collections.Engine.Api;

namespace Collections.Engine.Runtime.WorkflowFiles;

/// <summary>
/// Decides what a workflow file does to one process at start (docs/playbook.md, "Designer or files in git"): a file
/// is deployed only when it changed since it was last deployed from the file, and never over a newer version published
/// elsewhere unless the file was written after that version was published. Pure: the facts are passed in.
/// </summary>
internal static class WorkflowFilePolicy
{
    public static WorkflowFileRule Decide(WorkflowFileFacts facts)
    {
        if (facts.LatestVersion is not { } latest)
        {
            return WorkflowFileRule.FirstDeployment;
        }

        var fileChanged = facts.TrackedHash != facts.FileHash;
        if (facts.LatestHash == facts.FileHash)
        {
            return fileChanged ? WorkflowFileRule.MatchesLatest : WorkflowFileRule.Unchanged;
        }

        // A version newer than the file's last deployment came from elsewhere (designer, API); with no deployment from
        // the file at all, every existing version did.
        var newerElsewhere = facts.TrackedVersion is not { } tracked || latest > tracked;
        if (!fileChanged)
        {
            return newerElsewhere ? WorkflowFileRule.KeptNewer : WorkflowFileRule.Unchanged;
        }

        if (!newerElsewhere)
        {
            return WorkflowFileRule.FileChanged;
        }

        return facts.FileWrittenAt > facts.LatestDeployedAt ? WorkflowFileRule.FileReplacedNewer : WorkflowFileRule.KeptNewerOverOlderFile;
    }
}
