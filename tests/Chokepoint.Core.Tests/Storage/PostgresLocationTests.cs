using Chokepoint.Storage;
using Chokepoint.Storage.Postgres;
using Npgsql;
using Xunit;

namespace Chokepoint.Core.Tests.Storage;

public sealed class PostgresLocationTests
{
    [Theory]
    [InlineData("postgres://chokepoint:chokepoint@127.0.0.1:5432/chokepoint", "127.0.0.1", 5432, "chokepoint", "chokepoint", "chokepoint")]
    [InlineData("postgresql://ana%40team:p%40ss%3Aw0rd@db.example.org/sanctions", "db.example.org", 5432, "ana@team", "p@ss:w0rd", "sanctions")]
    [InlineData("POSTGRES://reader@[::1]:6543/x", "::1", 6543, "reader", null, "x")]
    public void Url_becomes_an_npgsql_connection_string(string url, string host, int port, string user, string? password, string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresLocation.ToConnectionString(url));
        Assert.Equal((host, port, user, password, database), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Fact]
    public void Url_options_set_tls_and_search_path()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresLocation.ToConnectionString("postgres://u:p@h/d?sslmode=verify-full&search_path=team_a"));
        Assert.Equal((SslMode.VerifyFull, "team_a"), (builder.SslMode, builder.SearchPath));
    }

    [Fact]
    public void Unknown_option_is_refused_without_showing_the_password()
    {
        var error = Assert.Throws<ArgumentException>(() => PostgresLocation.ToConnectionString("postgres://u:hunter2@h/d?sslcert=x"));
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://u:hunter2@h:5432/d", "postgres://u:***@h:5432/d")]
    [InlineData("postgres://u:hun@ter2@h/d?x=@", "postgres://u:***@h/d?x=@")]
    [InlineData("postgres://u@h/d", "postgres://u@h/d")]
    [InlineData("var/chokepoint.db", "var/chokepoint.db")]
    public void Locations_are_described_without_the_password(string location, string described) =>
        Assert.Equal(described, StoreFactory.Describe(location));
}
