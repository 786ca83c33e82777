using System.Text.Json.Serialization;

namespace Collections.Engine.Runtime.State;

/// <summary>The runtime document of one process instance: its live activity instances, root scope first.</summary>
internal sealed class InstanceState
{
    public const string RootId = "0";

    [JsonPropertyName("n")] public int NextId { get; set; } = 1;

    /// <summary>Next history sequence number for variable changes.</summary>
    [JsonPropertyName("h")] public int NextHistorySequence { get; set; } = 1;

    [JsonPropertyName("ai")] public List<ActivityInstanceState> Activities { get; set; } = [];

    [JsonIgnore] public ActivityInstanceState Root => Activities[0];

    public string NewId() => (NextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public ActivityInstanceState? Find(string id)
    {
        foreach (var ai in Activities)
        {
            if (ai.Id == id) return ai;
        }

        return null;
    }

    public IEnumerable<ActivityInstanceState> ChildrenOf(string parentId) => Activities.Where(a => a.ParentId == parentId);
}
