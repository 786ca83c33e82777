namespace Collections.Engine.Runtime.Behaviors;

/// <summary>Candidate groups/users are stored as <c>|a|b|</c> so one LIKE finds a member on both databases.</summary>
internal static class CandidateList
{
    public static string? Encode(string? commaSeparated)
    {
        if (string.IsNullOrWhiteSpace(commaSeparated)) return null;
        var items = commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length == 0 ? null : "|" + string.Join('|', items) + "|";
    }

    public static IReadOnlyList<string> Decode(string? encoded) =>
        encoded is null ? [] : encoded.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static string Pattern(string member) => "%|" + member + "|%";
}
