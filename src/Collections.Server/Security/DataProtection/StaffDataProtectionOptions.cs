namespace Collections.Server.Security.DataProtection;

/// <summary>
/// The key ring that signs and encrypts the sign-in and anti-forgery cookies, bound from
/// <c>Collections:Security:DataProtection</c>. The keys live in the database, so every node shares them.
/// </summary>
public sealed class StaffDataProtectionOptions
{
    public const string Section = "Collections:Security:DataProtection";

    /// <summary>
    /// Isolates this product's keys and cookies from other apps on the same key store. Default <c>Collections</c>;
    /// every node of one installation must use the same name or their cookies will not be accepted by each other.
    /// </summary>
    public string ApplicationName { get; set; } = "Collections";

    /// <summary>
    /// A PFX certificate whose key encrypts the key ring at rest. Default null: keys are stored unencrypted in the
    /// database (a warning is logged once at start), so anyone who reads the table could forge cookies.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of <see cref="CertificatePath"/>. Default null (a PFX without password).</summary>
    public string? CertificatePassword { get; set; }
}
