namespace Collections.Server.Configuration;

/// <summary>Which BPMN files the server deploys at start. Bound from <c>Collections:Workflows</c>.</summary>
public sealed class WorkflowsOptions
{
    public const string Section = "Collections:Workflows";

    /// <summary>
    /// Folder whose <c>*.bpmn</c> files (top level only; sub-folders hold scenarios and templates) are deployed at
    /// start; relative paths resolve against the content root. Default: null, meaning the repository's
    /// <c>workflows/</c> folder found by walking up from the content root.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>Deploy the folder at start. Default true; tests that deploy their own files turn it off.</summary>
    public bool DeployOnStart { get; set; } = true;
}
