using Chokepoint.Security;

namespace Chokepoint.Core.Tests.Security;

public class AccessMatrixTests
{
    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "cases", "security", "permissions.csv")).Skip(1))
        {
            var cells = line.Split(',');
            data.Add(cells[0], cells[1], bool.Parse(cells[2]));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Role_grants_exactly_the_permissions_in_the_table(string role, string permission, bool allowed) =>
        Assert.Equal(allowed, AccessControl.Can(new Principal("user", "someone", role), permission));

    [Fact]
    public void No_principal_can_do_nothing() => Assert.False(AccessControl.Can(null, Permissions.Read));
}
