namespace Collections.Domain.Outreach.Policy;

/// <summary>The line a profile requires at the end of every e-mail and SMS (how to opt out), per language.</summary>
public sealed class ContactFooter
{
    /// <summary>Spanish text. Default empty (no footer).</summary>
    public string Es { get; set; } = "";

    /// <summary>English text. Default empty (no footer).</summary>
    public string En { get; set; } = "";

    /// <summary>The text in <paramref name="language"/> (<c>es</c> or <c>en</c>; other languages get English), or null when empty.</summary>
    public string? For(string? language)
    {
        var text = language is not null && language.StartsWith("es", StringComparison.OrdinalIgnoreCase) ? Es : En;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
