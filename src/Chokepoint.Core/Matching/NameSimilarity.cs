using Chokepoint.Names;

namespace Chokepoint.Matching;

/// <summary>
/// Similarity of two normalized names, independent of token order: tokens are aligned greedily by their
/// similarity (edit distance, raised when the phonetic skeleton keys agree, 1 when they share a symbol); an
/// initial matches a token with that first letter; tokens left over count against the score by their length,
/// a patronymic or an initial only a little. Codes (numbers, roman numerals, single letters of organisation
/// names) that differ make two names different things: Cycle A ≠ Cycle B, Plant No. 1 ≠ Plant No. 2.
/// </summary>
public static class NameSimilarity
{
    /// <summary>Token similarity below this does not align two tokens.</summary>
    public const double MinTokenSimilarity = 0.65;

    /// <summary>Similarity of two tokens whose phonetic skeleton keys agree, at least.</summary>
    public const double PhoneticFloor = 0.75;

    /// <summary>
    /// Two Latin-script spellings whose phonetic keys agree get the floor only when this similar by letters:
    /// Marquez / Marcos (0.43) share a skeleton but are two surnames. Names written in another script keep the
    /// floor at any similarity: an abjad transliteration has no short vowels (فرناندو بيريز = Fernando Pérez).
    /// </summary>
    public const double LatinPhoneticMinimum = 0.5;

    public const double InitialSimilarity = 0.9;
    public const double PatronymicWeight = 0.2;
    public const double InitialWeight = 0.5;
    private const int MaxTokens = 16;

    /// <summary>Leftover tokens weigh this much more when both names have some.</summary>
    public const double ConflictFactor = 3;

    /// <summary>A person name whose tokens all align (two at least) with part of the other: the other's extra names (middle names, patronymics) weigh this much.</summary>
    public const double ContainedWeight = 0.5;

    /// <summary>
    /// Both names have a code the other lacks (A / B, 558 / 588, No. 1 / No. 2, Fund IV / Fund V): different
    /// plants, funds or ships, so the score is multiplied by this and falls below the default threshold (0.7)
    /// even when everything else is equal. nomenklatura labels sibling-fund and trust-series swaps as matches;
    /// Chokepoint does not (docs/matching.md).
    /// </summary>
    public const double CodeConflictFactor = 0.6;

    /// <summary>One name has a number or roman numeral the other lacks (Management Company 23 / Management Company).</summary>
    public const double CodeMissingFactor = 0.65;

    /// <summary>
    /// The person of one name is the father of the other (SALMAN BIN MUHAMMAD / MUHAMMAD BIN SALMAN): father
    /// and son, not two spellings, so the score is multiplied by this.
    /// </summary>
    public const double NasabConflictFactor = 0.6;

    /// <summary>The joined tokens are compared only when they can be this similar: they catch split words, not weak pairs.</summary>
    public const double JoinedMinimum = 0.7;

    /// <summary>
    /// A titled lone surname (President Putin, Putyin elnök, Mr Smith) against the family name of a full person
    /// name scores its token similarity times this: a mention of someone already named, above the threshold but
    /// below a full-name match. A lone surname without a title stays a weak match (docs/matching.md).
    /// </summary>
    public const double TitledSurnameFactor = 0.8;

    public static double Compare(NormalizedName query, NormalizedName candidate)
    {
        var n = Math.Min(query.Tokens.Count, MaxTokens);
        var m = Math.Min(candidate.Tokens.Count, MaxTokens);
        if (n == 0 || m == 0)
            return 0;
        if (n == 1 && m >= 2 && query.Titled && candidate.FamilyIndex >= 0)
            return Math.Max(TitledSurname(query, candidate), Aligned(query, candidate, n, m));
        if (m == 1 && n >= 2 && candidate.Titled && query.FamilyIndex >= 0)
            return Math.Max(TitledSurname(candidate, query), Aligned(query, candidate, n, m));
        return Aligned(query, candidate, n, m);
    }

    private static double TitledSurname(NormalizedName surname, NormalizedName full)
    {
        var (similarity, _) = TokenSimilarity(surname, 0, full, full.FamilyIndex);
        return similarity >= MinTokenSimilarity ? similarity * TitledSurnameFactor : 0;
    }

    private static double Aligned(NormalizedName query, NormalizedName candidate, int n, int m)
    {
        // Pairs that can align, best first (ties: query order, then candidate order), taken greedily.
        Span<(double Similarity, int Pair, double Weight)> pairs = stackalloc (double, int, double)[n * m];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var (similarity, weight) = TokenSimilarity(query, i, candidate, j);
                if (similarity >= MinTokenSimilarity)
                    pairs[count++] = (similarity, i * m + j, weight);
            }
        }
        pairs = pairs[..count];
        // Insertion sort: a handful of pairs, already in pair order, so equal similarities keep that order.
        for (var k = 1; k < pairs.Length; k++)
        {
            var item = pairs[k];
            var at = k - 1;
            while (at >= 0 && pairs[at].Similarity < item.Similarity)
            {
                pairs[at + 1] = pairs[at];
                at--;
            }
            pairs[at + 1] = item;
        }
        Span<bool> usedQuery = stackalloc bool[n];
        Span<bool> usedCandidate = stackalloc bool[m];
        Span<int> alignedTo = stackalloc int[n];
        alignedTo.Fill(-1); // tokens aligned as split words or acronyms have no single partner
        double matched = 0, total = 0;
        var alignedCount = 0;
        foreach (var (similarity, pair, weight) in pairs)
        {
            var (i, j) = (pair / m, pair % m);
            if (usedQuery[i] || usedCandidate[j])
                continue;
            usedQuery[i] = usedCandidate[j] = true;
            alignedTo[i] = j;
            matched += similarity * weight;
            total += weight;
            alignedCount++;
        }
        if (alignedCount < n && alignedCount < m)
        {
            SplitWordAlignment.Align(query, candidate, usedQuery, usedCandidate, ref matched, ref total);
            SplitWordAlignment.Align(candidate, query, usedCandidate, usedQuery, ref matched, ref total);
            // Persons: only initials written together (JC = Jean-Claude); organisations: any acronym (PLA).
            var initialsOnly = query.Kind is not (NameKind.Organization or NameKind.Object) && candidate.Kind is not (NameKind.Organization or NameKind.Object);
            AcronymAlignment.Align(query, candidate, usedQuery, usedCandidate, initialsOnly, ref matched, ref total);
            AcronymAlignment.Align(candidate, query, usedCandidate, usedQuery, initialsOnly, ref matched, ref total);
        }
        // A country only one company name has makes it another company (Banco Santander México / Banco Santander S.A.).
        var placeWeight = query.LegalForm is not null || candidate.LegalForm is not null ? PlaceWeight : 1;
        var (leftQuery, codeQuery, numberQuery, placeQuery) = Leftover(query, usedQuery, placeWeight);
        var (leftCandidate, codeCandidate, numberCandidate, placeCandidate) = Leftover(candidate, usedCandidate, placeWeight);
        var placeLeft = placeWeight > 1 && (placeQuery || placeCandidate);
        // A token on each side that the other lacks is a conflict (AL-MOSULI / AL-TIKRITI, Hans O. / Hans Joachim), not a dropped middle name.
        double factor = leftQuery > 0 && leftCandidate > 0 ? ConflictFactor
            : query.Kind == NameKind.Person && candidate.Kind == NameKind.Person && alignedCount >= 2 ? ContainedWeight
            : 1;
        total += (leftQuery + leftCandidate) * factor;
        var score = total == 0 ? 0 : matched / total;
        // A country left over is a different company, not a split word.
        if (n != m && !placeLeft && JoinedBound(query, candidate) is var bound && bound >= JoinedMinimum && bound * 0.95 > score)
        {
            // "AREFULLAH AREF" = "AREFULLAHA REF", "Abdul Rahman" = "Abdulrahman"
            var joined = TextDistance.Similarity(query.Joined, candidate.Joined);
            score = Math.Max(score, joined * 0.95);
        }
        if (OnlyInitials(query) != OnlyInitials(candidate))
            score *= InitialsOnlyFactor;
        if (NasabOrder.Swapped(query, candidate, usedQuery, alignedTo))
            score *= NasabConflictFactor;
        if (codeQuery && codeCandidate)
            score *= CodeConflictFactor;
        else if (numberQuery || numberCandidate)
            score *= CodeMissingFactor;
        return score;
    }

    /// <summary>The similarity of token i of a and token j of b, and the weight of the aligned pair (both tokens' lengths).</summary>
    public static (double Similarity, double Weight) TokenSimilarity(NormalizedName a, int i, NormalizedName b, int j)
    {
        var x = a.TokenArray[i];
        var y = b.TokenArray[j];
        if (x == y)
            return (1, x.Length * 2);
        if (x.Length == 1 || y.Length == 1)
        {
            // An initial stands for the whole token: V. = Vladimir, weighed as the full token on both sides.
            // In organisation and object names single letters are codes (Cycle A), equal or not at all.
            if ((a.Flags[i] & TokenFlags.Code) != 0 || (b.Flags[j] & TokenFlags.Code) != 0)
                return (0, 0);
            var full = x.Length == 1 ? y : x;
            return x[0] == y[0] ? (InitialSimilarity, full.Length * 2) : (0, 0);
        }
        var weight = x.Length + y.Length;
        if (a.Symbols?[i] is { } symbolsA && Symbols.Share(symbolsA, b.Symbols?[j]))
            return (1, weight); // Corp = Corporation, Bob = Robert
        var similarity = WrittenSimilarity(a, i, b, j);
        // Sech1n, 弗拉基米尔, ウラジーミル read against a word of Latin letters.
        if ((a.Readings ?? b.Readings) is not null && ReadSimilarity(a, i, b, j) is var read && read > similarity)
            similarity = read;
        return (similarity, weight);
    }

    private static double WrittenSimilarity(NormalizedName a, int i, NormalizedName b, int j)
    {
        var x = a.TokenArray[i];
        var y = b.TokenArray[j];
        if (((a.Flags[i] | b.Flags[j]) & TokenFlags.Number) != 0)
            return 0; // 558 is not 588: numbers match exactly or not at all
        var keyA = a.KeyArray[i];
        var phonetic = keyA.Length >= 2 && keyA == b.KeyArray[j];
        // Skip the edit distance when the length difference or the letters one token lacks already keep the pair apart.
        if (!phonetic && TextDistance.SimilarityBound(x.Length, a.Letters[i], y.Length, b.Letters[j]) < MinTokenSimilarity)
            return 0;
        if (x.Length != y.Length && TextDistance.SameUndoubled(x, y))
            return DoubledLetterSimilarity; // Habbib = Habib, Abdurrahman = Abdurahman
        return WithPhoneticFloor(TextDistance.Similarity(x, y), phonetic, a, b);
    }

    // Two spellings whose skeleton keys agree are at least this similar; for two Latin-script names only when half their letters agree.
    private static double WithPhoneticFloor(double similarity, bool phonetic, NormalizedName a, NormalizedName b) =>
        phonetic && (similarity >= LatinPhoneticMinimum || !a.Latin || !b.Latin) ? Math.Max(similarity, PhoneticFloor + (1 - PhoneticFloor) * similarity) : similarity;

    // A token with a reading (TokenReading) against a token without one: its reading closest to the other token. A
    // token with digits on the other side stays a code (AHL1 / AH1L), and two readings compare as written.
    private static double ReadSimilarity(NormalizedName a, int i, NormalizedName b, int j)
    {
        var readingA = a.Readings?[i];
        var readingB = b.Readings?[j];
        if ((readingA is null) == (readingB is null))
            return 0;
        var (reading, other, k) = readingA is not null ? (readingA, b, j) : (readingB!, a, i);
        if ((other.Flags[k] & TokenFlags.Number) != 0)
            return 0;
        var word = other.TokenArray[k];
        var read = reading.Closest(word);
        var key = PhoneticKey.Of(read);
        return WithPhoneticFloor(TextDistance.Similarity(read, word), key.Length >= 2 && key == other.KeyArray[k], a, b);
    }

    /// <summary>A country name left over in a company name (either name has a legal form) weighs this much more: a national subsidiary is another company.</summary>
    public const double PlaceWeight = 3;

    /// <summary>A person name of initials only (N.N.) against a written-out name: initials alone identify no one.</summary>
    public const double InitialsOnlyFactor = 0.6;

    private static bool OnlyInitials(NormalizedName name)
    {
        if (name.Kind != NameKind.Person)
            return false;
        foreach (var token in name.TokenArray)
        {
            if (token.Length > 1)
                return false;
        }
        return true;
    }

    /// <summary>Two tokens that differ only in doubled letters (Habbib / Habib, Mohammed / Mohamed): a transliteration of one name.</summary>
    public const double DoubledLetterSimilarity = 0.98;

    // The highest similarity the joined tokens can have.
    private static double JoinedBound(NormalizedName a, NormalizedName b) =>
        TextDistance.SimilarityBound(a.Joined.Length, a.JoinedLetters, b.Joined.Length, b.JoinedLetters);

    // Weight of the tokens left unaligned; whether one of them is a code, a number or roman numeral, a country.
    private static (double Weight, bool Code, bool Number, bool Place) Leftover(NormalizedName name, ReadOnlySpan<bool> used, double placeWeight)
    {
        double weight = 0;
        bool code = false, number = false, place = false;
        for (var i = 0; i < used.Length; i++)
        {
            if (used[i])
                continue;
            var token = name.TokenArray[i];
            var flags = name.Flags[i];
            if ((flags & TokenFlags.Code) != 0)
            {
                // Codes count through the code factors, not by their length.
                code = true;
                number |= (flags & TokenFlags.Number) != 0;
                continue;
            }
            place |= (flags & TokenFlags.Place) != 0;
            weight += token.Length * (token.Length == 1 ? InitialWeight : (flags & TokenFlags.Patronymic) != 0 ? PatronymicWeight : (flags & TokenFlags.Place) != 0 ? placeWeight : 1);
        }
        return (weight, code, number, place);
    }
}
