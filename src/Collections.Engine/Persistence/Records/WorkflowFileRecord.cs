namespace Collections.Engine.Persistence.Records;

/// <summary>
/// One process's workflow file as it was last deployed from the file (or found identical to a deployed version):
/// its SHA-256 and the version it corresponds to. A start compares the file against this, not against the latest
/// version, so a version published in the designer is not undone by an unchanged file.
/// </summary>
internal sealed class WorkflowFileRecord
{
    public required string Key { get; set; }
    public required string Path { get; set; }

    /// <summary>SHA-256 (hex) of the file's text, computed as the deployer hashes XML.</summary>
    public required string FileHash { get; set; }

    /// <summary>The version whose XML is the file's content.</summary>
    public int Version { get; set; }

    public DateTimeOffset DeployedAt { get; set; }
}
