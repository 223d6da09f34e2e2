using Chokepoint.Graph.Ownership;

namespace Chokepoint.Web.Graph;

/// <summary>One page of the entities blocked by ownership: <c>Total</c> of them in all, <c>Results</c> from <c>Offset</c>.</summary>
public sealed record BlockedPage(string? Authority, int Total, int Offset, IReadOnlyList<OwnershipReport> Results);
