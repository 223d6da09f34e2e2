using Chokepoint.Names;

namespace Chokepoint.Matching;

/// <summary>Arabic and Hebrew "son of" chains (A BIN B): whether two aligned names swap the person and the father.</summary>
internal static class NasabOrder
{
    // Whether an aligned token is only a person (before "bin") on one side and only a father (after "bin") on
    // the other: the roles are swapped. A token between two connectors (A BIN B BIN C) is both and never conflicts.
    public static bool Swapped(NormalizedName query, NormalizedName candidate, ReadOnlySpan<bool> used, ReadOnlySpan<int> alignedTo)
    {
        for (var i = 0; i < used.Length; i++)
        {
            if (!used[i] || alignedTo[i] < 0)
                continue;
            var (roleQuery, roleCandidate) = (NasabRole(query.Flags, i), NasabRole(candidate.Flags, alignedTo[i]));
            if (roleQuery != 0 && roleCandidate != 0 && (roleQuery & roleCandidate) == 0)
                return true;
        }
        return false;
    }

    // 1: followed by a connector (the person); 2: preceded by one (the father).
    private static int NasabRole(TokenFlags[] flags, int k)
    {
        if ((flags[k] & TokenFlags.Connector) != 0)
            return 0;
        var son = k + 1 < flags.Length && (flags[k + 1] & TokenFlags.Connector) != 0 ? 1 : 0;
        var father = k > 0 && (flags[k - 1] & TokenFlags.Connector) != 0 ? 2 : 0;
        return son | father;
    }
}
