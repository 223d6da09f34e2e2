using System.Globalization;
using Npgsql;

namespace Chokepoint.Storage.Postgres;

/// <summary>
/// <c>postgres://user:pass@host:port/db?sslmode=require</c> (or <c>postgresql://</c>) as an Npgsql connection
/// string. Errors and descriptions never carry the password.
/// </summary>
public static class PostgresLocation
{
    public static bool IsUrl(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static string ToConnectionString(string url)
    {
        if (!IsUrl(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw new ArgumentException($"'{Redact(url)}' is not a PostgreSQL URL (postgres://user:password@host:port/database)");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = string.IsNullOrEmpty(uri.Host) ? "localhost" : uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : null,
            ApplicationName = "chokepoint",
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            Apply(builder, key, value);
        }
        return builder.ConnectionString;
    }

    /// <summary>The URL with its password replaced by <c>***</c>, for messages and logs.</summary>
    public static string Redact(string location)
    {
        var scheme = location.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
            return location;
        var start = scheme + 3;
        var end = location.IndexOfAny(['/', '?'], start);
        var authority = end < 0 ? location[start..] : location[start..end];
        // The last '@' ends the user info, so a password with a raw '@' is hidden whole.
        var at = authority.LastIndexOf('@');
        var colon = at < 0 ? -1 : authority.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 || colon > at
            ? location
            : string.Concat(location.AsSpan(0, start + colon + 1), "***", location.AsSpan(start + at));
    }

    private static void Apply(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        switch (key.ToLowerInvariant())
        {
            case "sslmode":
                builder.SslMode = Enum.TryParse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var mode)
                    ? mode : throw new ArgumentException($"sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full");
                break;
            case "host":
                builder.Host = value;
                break;
            case "search_path" or "schema":
                builder.SearchPath = value;
                break;
            case "application_name":
                builder.ApplicationName = value;
                break;
            case "connect_timeout":
                builder.Timeout = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                break;
            case "pool_max":
                builder.MaxPoolSize = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                break;
            default:
                throw new ArgumentException($"PostgreSQL URL option '{key}' is not supported (sslmode, host, search_path, application_name, connect_timeout, pool_max)");
        }
    }
}
