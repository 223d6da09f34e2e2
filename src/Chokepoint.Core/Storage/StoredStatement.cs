using Chokepoint.Statements;

namespace Chokepoint.Storage;

/// <summary>A statement as a store holds it, with whether it is in its dataset's latest release.</summary>
public sealed record StoredStatement(Statement Statement, bool Current);
