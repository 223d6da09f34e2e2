using Chokepoint.Documents.Text;

namespace Chokepoint.Documents.Mentions;

/// <summary>The clusters of a document: mentions with the same name key (or a person's surname) join one cluster.</summary>
public sealed class MentionSet
{
    private readonly Dictionary<string, MentionCluster> _byKey = new(StringComparer.Ordinal);
    private readonly List<(int Start, int End)> _taken = [];

    public List<MentionCluster> Clusters { get; } = [];

    /// <summary>"X of the Y" where both are organizations: (part, whole, span start, span end).</summary>
    public List<(string Part, string Whole, int Start, int End)> PartOf { get; } = [];

    public bool Overlaps(int start, int end) => _taken.Any(t => t.Start < end && start < t.End);

    public MentionCluster? Find(string surface, string? kind = null)
    {
        foreach (var key in KeysOf(surface, kind))
        {
            if (_byKey.TryGetValue(key, out var cluster))
                return cluster;
        }
        return null;
    }

    public MentionCluster Add(string kind, string surface, int start, int end, string canonical, double confidence, string rule)
    {
        var cluster = Find(canonical, kind) ?? Find(surface, kind);
        if (cluster is null)
        {
            cluster = new MentionCluster(Clusters.Count, kind, canonical, confidence, rule);
            Clusters.Add(cluster);
        }
        else if (confidence > cluster.Confidence)
        {
            (cluster.Kind, cluster.Confidence, cluster.Rule) = (kind, confidence, rule);
        }
        if (kind == MentionKind.Person && canonical.Length > cluster.Canonical.Length)
            cluster.Canonical = canonical;
        AddOccurrence(cluster, surface, start, end);
        foreach (var key in KeysOf(canonical, kind).Concat(KeysOf(surface, kind)))
            _byKey.TryAdd(key, cluster);
        return cluster;
    }

    public void AddOccurrence(MentionCluster cluster, string surface, int start, int end)
    {
        if (!cluster.Occurrences.Any(o => o.Start == start && o.End == end))
            cluster.Occurrences.Add(new MentionOccurrence(start, end, surface));
        _taken.Add((start, end));
    }

    public void AddAcronym(MentionCluster cluster, string acronym, int start, int end)
    {
        cluster.Acronyms.Add(acronym);
        _byKey.TryAdd("=" + NameKey.Of(acronym), cluster);
        AddOccurrence(cluster, acronym, start, end);
    }

    public MentionCluster? FindAcronym(string token) => _byKey.GetValueOrDefault("=" + NameKey.Of(token));

    /// <summary>Persons meet on the loose key of their surname; everything else on its name key.</summary>
    private static IEnumerable<string> KeysOf(string name, string? kind)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
            yield break;
        yield return key;
        if (kind is null or MentionKind.Person)
            yield return "person:" + NameKey.Loose(key.Split(' ')[^1]);
    }
}
