using Microsoft.OpenApi;

namespace Collections.Server.OpenApi;

/// <summary>
/// Swagger UI shows tags in the document's order: the integrator API first (what an ERP team came for), then the
/// engine API, then the staff UI's and the operators' endpoints. Paths follow the same order.
/// </summary>
internal static class OpenApiTagOrder
{
    /// <summary>The integrator API (docs/api.md), in its guide's order.</summary>
    public static readonly string[] Integrator = ["Debtors", "Invoices", "Cases", "Payment plans and settlements", "Webhooks", "Templates"];

    /// <summary>The engine API and its Camunda-compatible worker API.</summary>
    public static readonly string[] Engine = ["Process definitions", "Deployments", "Process instances", "Tasks", "Incidents", "Camunda REST: external tasks"];

    /// <summary>Staff UI and operators; tags not named anywhere come after these.</summary>
    public static readonly string[] Staff = ["Staff sign-in", "Inbox", "Staff cases", "Outbox", "Designer", "Migration", "Staff admin", "Audit", "Operations", "Providers"];

    public static void Apply(OpenApiDocument document)
    {
        var names = Integrator.Concat(Engine).Concat(Staff).ToList();
        int Rank(string? tag) => tag is not null && names.IndexOf(tag) is >= 0 and var i ? i : names.Count;

        if (document.Tags is { Count: > 0 } tags)
        {
            var ordered = tags.Select((t, i) => (Tag: t, Index: i)).OrderBy(t => Rank(t.Tag.Name)).ThenBy(t => t.Index).Select(t => t.Tag).ToList();
            var position = ordered.Select((t, i) => (Name: t.Name ?? string.Empty, Index: i)).DistinctBy(p => p.Name).ToDictionary(p => p.Name, p => p.Index);
            document.Tags = new SortedSet<OpenApiTag>(ordered, Comparer<OpenApiTag>.Create((a, b) => position[a.Name ?? string.Empty].CompareTo(position[b.Name ?? string.Empty])));
        }

        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths.Select((p, i) => (Path: p, Index: i))
            .OrderBy(p => p.Path.Value.Operations?.Values.Min(o => Rank(o.Tags?.FirstOrDefault()?.Name)) ?? names.Count).ThenBy(p => p.Index).Select(p => p.Path))
        {
            paths.Add(path, item);
        }

        document.Paths = paths;
    }
}
