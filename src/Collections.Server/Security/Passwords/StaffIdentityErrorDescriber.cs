using Microsoft.AspNetCore.Identity;

namespace Collections.Server.Security.Passwords;

/// <summary>
/// Identity's error messages in English (Identity's own texts) plus ours. <see cref="SpanishIdentityErrorDescriber"/>
/// overrides every message; <see cref="For"/> picks one by the user's language.
/// </summary>
public class StaffIdentityErrorDescriber : IdentityErrorDescriber
{
    public const string PasswordTooCommonCode = "PasswordTooCommon";

    public static readonly StaffIdentityErrorDescriber English = new();

    public static readonly StaffIdentityErrorDescriber Spanish = new SpanishIdentityErrorDescriber();

    /// <summary><c>es</c> gives Spanish, <c>en</c> English; anything else the product's default, Spanish.</summary>
    public static StaffIdentityErrorDescriber For(string? language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? English : Spanish;

    public virtual IdentityError PasswordTooCommon() => new()
    {
        Code = PasswordTooCommonCode,
        Description = "This password is one of the most commonly used ones; choose another.",
    };
}
