using System.Globalization;
using Chokepoint.Statements;

namespace Chokepoint.Graph;

/// <summary>Short edge labels from relation entities: "owns 51%", "supplies Sosna-U", "repairs Mi-8".</summary>
public static class EdgeLabels
{
    public static string For(Entity relation, string? productCaption)
    {
        var edge = relation.Schema.Edge;
        var verb = relation.First("role") ?? edge?.Label ?? relation.Schema.Label.ToLowerInvariant();
        if (relation.Schema.IsA("Ownership"))
        {
            var share = relation.First("percentage");
            return share is null ? "owns" : string.Create(CultureInfo.InvariantCulture, $"owns {share.TrimEnd('%')}%");
        }
        if (productCaption is not null)
            return $"{verb} {productCaption}";
        return verb;
    }
}
