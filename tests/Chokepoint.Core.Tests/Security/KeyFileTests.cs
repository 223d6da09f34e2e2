using Chokepoint.Security;

namespace Chokepoint.Core.Tests.Security;

public class KeyFileTests
{
    [Theory]
    [InlineData("../../etc/chokepoint-key")]
    [InlineData("keys/../../../tmp/key")]
    [InlineData("..\\..\\key")]
    public void Key_file_path_that_climbs_is_refused(string path) =>
        Assert.Throws<ArgumentException>(() => KeyFile.Resolve(path, "/srv/chokepoint"));

    [Fact]
    public void Server_database_has_no_folder_to_keep_the_key_out_of() =>
        Assert.EndsWith("key", KeyFile.Resolve("/tmp/chokepoint-keys/key", null), StringComparison.Ordinal);
}
