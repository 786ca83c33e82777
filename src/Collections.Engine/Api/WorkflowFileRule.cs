namespace Collections.Engine.Api;

/// <summary>
/// Which rule decided what a workflow file did to one process at start (docs/playbook.md, "Designer or files in git").
/// A file is deployed only when it changed since it was last deployed from the file, and never over a newer version
/// published elsewhere (designer, API) unless the file was written after that version was published.
/// </summary>
public enum WorkflowFileRule
{
    /// <summary>The process had no version: the file's became version 1.</summary>
    FirstDeployment,

    /// <summary>The file changed since its last deployment and nothing newer was published elsewhere: a new version.</summary>
    FileChanged,

    /// <summary>The file is unchanged since its last deployment and is still the latest version: nothing to do.</summary>
    Unchanged,

    /// <summary>The file is unchanged since its last deployment and a newer version was published elsewhere: kept.</summary>
    KeptNewer,

    /// <summary>The file changed, but now holds exactly the latest version (e.g. a designer version committed to git): adopted, no new version.</summary>
    MatchesLatest,

    /// <summary>
    /// Both changed, the file after the newer version was published: the file's version is deployed over it
    /// (logged as a warning that says how to go back).
    /// </summary>
    FileReplacedNewer,

    /// <summary>Both changed, the file before the newer version was published: the newer version is kept (warning).</summary>
    KeptNewerOverOlderFile,
}
