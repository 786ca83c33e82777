namespace Collections.Engine.Api;

/// <summary>
/// What a workflow file did to one process: the <paramref name="Rule"/> that applied, the <paramref name="Current"/>
/// latest version after it (the file's new version, or the one kept), and the <paramref name="Other"/> version the rule
/// weighed the file against (the newer version kept or replaced), when there was one.
/// </summary>
public sealed record WorkflowFileOutcome(string Key, WorkflowFileRule Rule, ProcessDefinitionInfo Current, ProcessDefinitionInfo? Other)
{
    /// <summary>True when the file's content became a new version.</summary>
    public bool Deployed => Rule is WorkflowFileRule.FirstDeployment or WorkflowFileRule.FileChanged or WorkflowFileRule.FileReplacedNewer;
}
