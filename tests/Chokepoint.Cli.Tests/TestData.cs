using System.Runtime.CompilerServices;

namespace Chokepoint.Cli.Tests;

/// <summary>
/// CLI tests load only the curated belarus-dib dataset on `init`: the bundled official lists are
/// tested by the core's importer tests, and loading them in every CLI test would cost minutes.
/// </summary>
internal static class TestData
{
    [ModuleInitializer]
    internal static void UseCuratedDatasetOnly()
    {
        var repo = FindRepo();
        var folder = Path.Combine(Path.GetTempPath(), "chokepoint-cli-tests", "data-" + Environment.ProcessId);
        var target = Path.Combine(folder, "belarus-dib");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repo, "data", "belarus-dib")))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        Environment.SetEnvironmentVariable("CHOKEPOINT_DATA", folder);
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chokepoint.slnx")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("repository root (Chokepoint.slnx) not found");
    }
}
