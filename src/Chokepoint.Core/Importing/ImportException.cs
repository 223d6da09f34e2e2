namespace Chokepoint.Importing;

/// <summary>Bad input: names the file, the line or row, and the field, so a user can find and fix it.</summary>
public sealed class ImportException(ImportIssue issue) : Exception(issue.ToString())
{
    public ImportIssue Issue { get; } = issue;

    public ImportException(string file, long? line, string? field, string message)
        : this(new ImportIssue(file, line, field, message))
    {
    }
}

/// <summary>One problem in an input file.</summary>
public sealed record ImportIssue(string File, long? Line, string? Field, string Message)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        return Field is null ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}
