using System.Text.Json;

namespace Chokepoint.Cli.Tests;

/// <summary>Runs the real command line in-process against a SQLite file in a temporary folder.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "chokepoint-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Db = Path.Combine(Folder, "test.db");
    }

    public string Folder { get; }

    public string Db { get; }

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public List<JsonElement> JsonLines() =>
            Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    public async Task<Result> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Cli.RunAsync([.. args, "--db", Db], output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string Fixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Chokepoint.Core.Tests", "fixtures", "ftm", name);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException(name);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
