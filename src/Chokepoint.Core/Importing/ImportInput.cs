using Chokepoint.Datasets;
using Chokepoint.Storage;

namespace Chokepoint.Importing;

/// <summary>An opened input file: the metadata and sources it declares, and its records as they are read.</summary>
public sealed class ImportInput
{
    public required string File { get; init; }

    /// <summary>Title, license and publisher the file or its manifest declares; the name is the user's choice.</summary>
    public DatasetInfo? Metadata { get; init; }

    /// <summary>The release date the file itself carries, if any.</summary>
    public string? Release { get; init; }

    /// <summary>Sources the records cite; the first is the file's own and the default for records without one.</summary>
    public required IReadOnlyList<SourceInfo> Sources { get; init; }

    public required IAsyncEnumerable<ReadItem> Records { get; init; }

    public long TotalBytes { get; init; }

    /// <summary>Bytes consumed so far, for progress.</summary>
    public Func<long> BytesRead { get; init; } = () => 0;

    /// <summary>
    /// Runs inside the import's transaction after the last record and before the commit: rows that must stand or fall
    /// with the statements (a document's row and its review queue).
    /// </summary>
    public Func<IStatementWriter, CancellationToken, Task>? BeforeCommit { get; init; }
}

/// <summary>One item of a reader: a record, or the issue that kept a line or row from becoming one.</summary>
public readonly record struct ReadItem(EntityRecord? Record, ImportIssue? Issue)
{
    public static ReadItem Of(EntityRecord record) => new(record, null);

    public static ReadItem Bad(ImportIssue issue) => new(null, issue);
}
