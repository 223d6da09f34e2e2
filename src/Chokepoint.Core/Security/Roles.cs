using Chokepoint.Model;
using YamlDotNet.Serialization;

namespace Chokepoint.Security;

/// <summary>The roles and the permissions each grants, from <c>Resources/roles.yaml</c>.</summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    private static readonly Dictionary<string, HashSet<string>> Table = Load();

    public static IEnumerable<string> Names => Table.Keys;

    public static bool Exists(string role) => Table.ContainsKey(role);

    public static bool Grants(string role, string permission) =>
        Table.TryGetValue(role, out var permissions) && permissions.Contains(permission);

    /// <summary>Throws <see cref="ArgumentException"/> naming the known roles when <paramref name="role"/> is not one.</summary>
    public static string Check(string role) =>
        Exists(role) ? role : throw new ArgumentException($"unknown role '{role}'; roles: {string.Join(", ", Names)}");

    private static Dictionary<string, HashSet<string>> Load()
    {
        var raw = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, List<string>>>(Resources.Read("Security/Resources/roles.yaml"));
        return raw.ToDictionary(r => r.Key, r => r.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
