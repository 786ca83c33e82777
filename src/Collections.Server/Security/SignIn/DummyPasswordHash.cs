using Microsoft.AspNetCore.Identity;

namespace Collections.Server.Security.SignIn;

/// <summary>
/// A hash of a random password, made once per process with the configured hasher, so a sign-in for an unknown (or
/// disabled) account runs the same hashing work as a wrong password for a known one: the answer time does not tell
/// whether an account exists.
/// </summary>
internal sealed class DummyPasswordHash
{
    private string? _hash;

    /// <summary>Runs the hasher against the dummy hash; the result is always a failure and is ignored.</summary>
    public void Verify(IPasswordHasher<StaffUser> hasher, string password)
    {
        var hash = LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(new StaffUser(), Guid.NewGuid().ToString("N")));
        hasher.VerifyHashedPassword(new StaffUser(), hash, password);
    }
}
