using Chokepoint.Security;

namespace Chokepoint.Core.Tests.Security;

public class PasswordHasherTests
{
    [Fact]
    public void Hash_round_trips_and_rejects_a_wrong_password()
    {
        var hash = PasswordHasher.Hash("correct horse battery");
        Assert.StartsWith("argon2id$m=19456,t=2,p=1$", hash, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("correct horse battery", hash));
        Assert.False(PasswordHasher.Verify("correct horse batterY", hash));
        Assert.False(PasswordHasher.Verify("", hash));
    }

    [Fact]
    public void Same_password_gets_a_different_salt_each_time() =>
        Assert.NotEqual(PasswordHasher.Hash("same password here"), PasswordHasher.Hash("same password here"));

    [Fact]
    public void Malformed_stored_hash_never_verifies() =>
        Assert.False(PasswordHasher.Verify("anything", "plain-text-password"));
}
