using System.Security.Cryptography;

namespace Chokepoint.Security;

/// <summary>
/// The 256-bit key protected source fields are encrypted with. It lives outside the database — in the file named by
/// <c>CHOKEPOINT_KEY_FILE</c>, else the user's config folder (<c>chokepoint/key</c>) — so a copy of the database alone reveals nothing.
/// </summary>
public static class KeyFile
{
    public const string Variable = "CHOKEPOINT_KEY_FILE";
    public const int KeyBytes = 32;

    public static string DefaultPath()
    {
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrEmpty(config))
            config = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
        return Path.Combine(config, "chokepoint", "key");
    }

    /// <summary>
    /// The key file to use: the explicit option, else the variable, else the default; refused when it climbs with ".."
    /// or sits beside the database file (<paramref name="databaseFolder"/>, null for a server database).
    /// </summary>
    public static string Resolve(string? option, string? databaseFolder)
    {
        var given = option ?? Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(given) && given.Replace('\\', '/').Split('/').Contains(".."))
            throw new ArgumentException("key file path must not contain '..'");
        var path = Path.GetFullPath(string.IsNullOrEmpty(given) ? DefaultPath() : given);
        if (databaseFolder is null)
            return path;
        var folder = Path.GetFullPath(databaseFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (path.StartsWith(folder, StringComparison.Ordinal))
            throw new ArgumentException("the key file must not be kept in the database's folder; set CHOKEPOINT_KEY_FILE to a path elsewhere");
        return path;
    }

    /// <summary>Reads the key, creating it (mode 0600, new random key) when the file does not exist yet.</summary>
    public static byte[] LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var key = RandomNumberGenerator.GetBytes(KeyBytes);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(path, options))
                stream.Write(key);
            return key;
        }
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length != KeyBytes)
            throw new InvalidDataException($"key file {path} is not a {KeyBytes}-byte key");
        return bytes;
    }
}
