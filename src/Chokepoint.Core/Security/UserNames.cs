namespace Chokepoint.Security;

/// <summary>What a user or key name may be: any text is stored verbatim (parameters only), but not empty, not huge, no control characters.</summary>
public static class UserNames
{
    public const int MaxLength = 100;

    public static string Check(string name, string what = "user name")
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException($"{what} is empty");
        if (name.Length > MaxLength)
            throw new ArgumentException($"{what} is longer than {MaxLength} characters");
        if (name.Any(char.IsControl))
            throw new ArgumentException($"{what} holds a control character");
        return name;
    }
}
