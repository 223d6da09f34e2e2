namespace Chokepoint.Security;

/// <summary>Permission names as used in <c>Resources/roles.yaml</c>.</summary>
public static class Permissions
{
    public const string Read = "read";
    public const string Screen = "screen";
    public const string Ingest = "ingest";
    public const string Judge = "judge";
    public const string Edit = "edit";
    public const string Users = "users";
    public const string Keys = "keys";
    public const string Datasets = "datasets";
    public const string ProtectedSources = "protected_sources";
}
