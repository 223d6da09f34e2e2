using Chokepoint.Statements;

namespace Chokepoint.Storage;

/// <summary>
/// A statement as a store holds it: whether it is in its dataset's latest release, and the oldest release that held
/// it (its release range runs from there to its last_seen, less its <see cref="ReleaseGap"/>s).
/// </summary>
public sealed record StoredStatement(Statement Statement, bool Current, string FirstRelease);
