namespace Collections.Engine.Api;

/// <summary>
/// Where a deployed version came from, kept with the version: <see cref="File"/> (a BPMN file deployed at start;
/// <paramref name="Reference"/> is its path), <see cref="Designer"/> (published in the staff designer; the signed-in
/// user's id) or <see cref="Api"/> (the deployments API; the API key's name or the signed-in user's id). The kinds are
/// persisted strings.
/// </summary>
public sealed record DeploymentSource(string Kind, string? Reference)
{
    public const string FileKind = "file";
    public const string DesignerKind = "designer";
    public const string ApiKind = "api";

    /// <summary>How long a reference (path, user id, key name) may be; longer ones are cut.</summary>
    public const int MaxReferenceLength = 500;

    public static DeploymentSource File(string path) => new(FileKind, path);

    public static DeploymentSource Designer(string? userId) => new(DesignerKind, userId);

    public static DeploymentSource Api(string? caller) => new(ApiKind, caller);
}
