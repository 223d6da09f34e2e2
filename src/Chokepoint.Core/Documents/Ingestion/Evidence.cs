using Chokepoint.Importing;
using Chokepoint.Statements;

namespace Chokepoint.Documents.Ingestion;

/// <summary>An entity record from a document with the character span its values come from.</summary>
public sealed record Evidence(EntityRecord Record, TextSpan Span);
