namespace Chokepoint.Importing;

/// <summary>Progress of a running import: records written and bytes of input read out of the total.</summary>
public readonly record struct ImportProgress(long Records, long Statements, long BytesRead, long TotalBytes);
