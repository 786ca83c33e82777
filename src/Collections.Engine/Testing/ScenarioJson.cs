using System.Text.Json;
using System.Text.Json.Serialization;

namespace Collections.Engine.Testing;

/// <summary>Reads scenario files: case-insensitive, comments and trailing commas allowed, unknown properties rejected.</summary>
internal static class ScenarioJson
{
    /// <summary>Scenario files are small; a bigger one is a mistake, not a scenario.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// Deepest nesting read. 32: a scenario is an object of steps whose arguments hold variables a few levels deep;
    /// System.Text.Json stops at this depth with a <see cref="JsonException"/> naming the path, before building anything.
    /// </summary>
    public const int MaxDepth = 32;

    public static readonly JsonSerializerOptions Options = new()
    {
        MaxDepth = MaxDepth,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Loads and checks a scenario; throws <see cref="ScenarioStepException"/> naming the file on any problem.</summary>
    public static async Task<ScenarioFile> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ScenarioStepException($"{path}: file not found");
        }

        if (info.Length > MaxFileBytes)
        {
            throw new ScenarioStepException($"{path}: {info.Length} bytes is over the {MaxFileBytes} byte limit for scenario files");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<ScenarioFile>(stream, Options, cancellationToken)
                ?? throw new ScenarioStepException($"{path}: the file holds null instead of a scenario object");
        }
        catch (JsonException e)
        {
            throw new ScenarioStepException($"{path}: invalid scenario: {e.Message}");
        }
    }

    /// <summary>The object form of a step's arguments, read as strictly as the file.</summary>
    public static ScenarioStepArguments ReadArguments(JsonElement element, string kind)
    {
        try
        {
            return element.Deserialize<ScenarioStepArguments>(Options)
                ?? throw new ScenarioStepException($"{kind} needs arguments, got null");
        }
        catch (JsonException e)
        {
            throw new ScenarioStepException($"{kind}: invalid arguments: {e.Message}");
        }
    }
}
