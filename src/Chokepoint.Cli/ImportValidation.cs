using System.Text.RegularExpressions;
using Chokepoint.Importing;
using Chokepoint.Model;
using Chokepoint.Statements;

namespace Chokepoint.Cli;

/// <summary>Checks the user's import options before any file is read.</summary>
public static partial class ImportValidation
{
    public static void Check(ImportOptions options)
    {
        if (!DatasetName().IsMatch(options.Dataset))
            throw new ArgumentException($"dataset name '{options.Dataset}' is not valid: use lower-case letters, digits, '-' and '_' (e.g. us_ofac_sdn)");
        if (options.Release is { } release && !PartialDate.TryParse(release, out _))
            throw new ArgumentException($"--release '{release}' is not a date (YYYY-MM-DD)");
        if (options.Grading is { } grading && !Grading.TryParse(grading, out _))
            throw new ArgumentException($"--grading '{grading}' is not an Admiralty grading (A-F and 1-6, e.g. B2)");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex DatasetName();
}
