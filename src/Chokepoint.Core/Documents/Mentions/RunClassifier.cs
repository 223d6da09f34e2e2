using System.Text.RegularExpressions;

namespace Chokepoint.Documents.Mentions;

/// <summary>Decides what a capitalized run names, strongest evidence first, and adds it to the mention set.</summary>
internal static partial class RunClassifier
{
    // Model codes: S-400, T-72A, Mi-8, MiG-31Ks, KT-200, M2.
    [GeneratedRegex(@"^\p{Lu}\p{L}{0,3}-?\d+\p{L}*$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\p{Lu}+-\d+\p{L}*$")]
    private static partial Regex HyphenCode();

    public static void Classify(NameCues cues, MentionSet set, int first, int last)
    {
        var tokens = cues.Tokens;
        var surface = cues.Span(first, last);
        var words = Enumerable.Range(first, last - first + 1).Select(k => tokens[k]).Where(t => t.IsWord).ToList();
        var after = cues.Next(last);
        var before = cues.Previous(first);
        var start = tokens[first].Start;
        var end = tokens[last].End;

        // A unit ("USD") or a bare type word ("Холдинг «БелОМО»", "Holding") is not a name.
        if (words.Count == 1 && (cues.IsUnitWord(surface) || cues.IsOrgType(surface) && !IsAcronym(surface)
            || cues.Lexicon.CommonAbbreviations.Contains(surface)))
            return;
        if (words.Count >= 2 && cues.IsLegalForm(tokens[last]) && !cues.IsLegalForm(tokens[first]))
        {
            // "Tekhnosfera LLC", "Shenzhen Guanghe Trading Co., Ltd.": the legal form closes the name.
            var name = last - 1;
            while (name > first && !tokens[name].IsWord)
                name--;
            AddOrganization(cues, set, first, name, 0.95, "legal-form");
            return;
        }
        if (words.Count == 1 && surface.EndsWith("-based", StringComparison.Ordinal) && surface.Length > 7)
        {
            set.Add(MentionKind.Location, surface[..^6], start, end - 6, surface[..^6], 0.8, "x-based");
            return;
        }
        if (words.Any(w => cues.IsOrgType(w.Text)))
        {
            if (SplitPartOf(cues, set, first, last))
                return;
            AddOrganization(cues, set, first, last, 0.9, "type-word");
            return;
        }
        if (cues.IsLegalForm(after) || after?.Text == "," && cues.IsLegalForm(cues.Next(after.Index)))
        {
            AddOrganization(cues, set, first, last, 0.95, "legal-form");
            return;
        }
        if (cues.IsLegalForm(before))
        {
            set.Add(MentionKind.Organization, cues.Span(before!.Index, last), before.Start, end, surface, 0.95, "legal-form");
            return;
        }
        if (cues.Lexicon.Institutions.Contains(surface))
        {
            set.Add(MentionKind.Organization, surface, start, end, surface, 0.9, "institution");
            return;
        }
        if (after is { IsWord: true } && (cues.Lexicon.OrgFollowing.Contains(after.Text)
            || char.IsLower(after.Text[0]) && cues.Next(after.Index) is { IsWord: true } second && cues.Lexicon.OrgFollowing.Contains(second.Text) && !cues.IsPreposition(after)))
        {
            set.Add(MentionKind.Organization, surface, start, end, surface, 0.85, "type-noun-after");
            return;
        }
        if (ProductCue(cues, last) is { } productKind)
        {
            AddProduct(cues, set, surface, start, end, productKind, 0.85);
            return;
        }
        if ((cues.Place(surface) ?? cues.InflectedPlace(surface)) is { } place)
        {
            if (after is { IsWord: true } && cues.Lexicon.RegionWords.Contains(after.Text))
                set.Add(MentionKind.Location, cues.Span(first, after.Index), start, after.End, surface + " " + after.Text, 0.9, "place+region");
            else
                set.Add(MentionKind.Location, surface, start, end, place, 0.9, "place");
            return;
        }
        if (words.Count >= 2 && cues.Lexicon.RegionWords.Contains(words[^1].Text))
        {
            set.Add(MentionKind.Location, surface, start, end, surface, 0.85, "region-word");
            return;
        }
        if (after is { IsWord: true } && (cues.Lexicon.PlaceNouns.Contains(after.Text) || cues.Lexicon.RegionWords.Contains(after.Text) && char.IsUpper(after.Text[0])))
        {
            set.Add(MentionKind.Location, surface, start, end, surface, 0.75, "place-noun");
            return;
        }
        if (IsAfterLocationCue(cues, start) || IsDateline(cues, first, last))
        {
            set.Add(MentionKind.Location, surface, start, end, surface, 0.8, "place-cue");
            return;
        }
        if (words.Count >= 2 && cues.IsGivenName(words[0].Text)
            || IsAfterTitle(cues, first) && words.All(w => char.IsUpper(w.Text[0]) && !w.IsNumber)
            || words.Count is 2 or 3 && IsAfterSpeechVerb(cues, first) && words.All(w => char.IsUpper(w.Text[0]) && !w.IsNumber && !IsAcronym(w.Text)))
        {
            set.Add(MentionKind.Person, surface, start, end, surface, 0.9, "person-cue");
            return;
        }
        // "БТР-82", "Су-34": letters with a hyphenated number are a model code (below), not an acronym.
        if (words.Count == 1 && IsAcronym(words[0].Text) && !HyphenCode().IsMatch(words[0].Text))
        {
            set.Add(MentionKind.Organization, surface, start, end, surface, 0.7, "acronym");
            return;
        }
        if (words.Count <= 2 && Code().IsMatch(words[^1].Text))
        {
            AddProduct(cues, set, surface, start, end, null, 0.75);
            return;
        }
        if (words.Count == 1 && IsPluralAcronym(words[0].Text))
        {
            AddProduct(cues, set, surface, start, end, null, 0.7);
            return;
        }
        if (IsReportedBy(cues, start))
        {
            set.Add(MentionKind.Organization, surface, start, end, surface, 0.6, "reported-by");
            return;
        }
        if (words.Count == 1 && !tokens[first].SentenceStart && surface.Length >= 5 && char.IsLower(surface[^1])
            && cues.Lexicon.SurnameEndings.Any(e => surface.EndsWith(e, StringComparison.Ordinal)))
            set.Add(MentionKind.Person, surface, start, end, surface, 0.6, "surname-ending");
    }

    private static void AddOrganization(NameCues cues, MentionSet set, int first, int last, double confidence, string rule)
    {
        var tokens = cues.Tokens;
        var name = cues.Span(first, last);
        var lastToken = LegalTail(cues, last);
        set.Add(MentionKind.Organization, cues.Span(first, lastToken), tokens[first].Start, tokens[lastToken].End, name, confidence, rule);
    }

    /// <summary>The last token of the legal forms after a name: "Peleng, OJSC", "Trading Co., Ltd" (a period only inside the chain).</summary>
    private static int LegalTail(NameCues cues, int last)
    {
        while (true)
        {
            var k = last + 1;
            if (cues.At(k) is { Text: "." } dot && dot.Start == cues.Tokens[last].End && cues.IsLegalForm(cues.Tokens[last]))
                k++;
            if (cues.At(k) is { Text: "," })
                k++;
            if (cues.At(k) is not { } form || !cues.IsLegalForm(form) || form.Sentence != cues.Tokens[last].Sentence && cues.Tokens[k - 1].Text != ".")
                return last;
            last = k;
        }
    }

    /// <summary>"located in X", "based in X", "расположенный в X": the run names a place.</summary>
    private static bool IsAfterLocationCue(NameCues cues, int start)
    {
        var before = cues.Text[Math.Max(0, start - 24)..start];
        return LocationCue().IsMatch(before);
    }

    [GeneratedRegex(@"(?:\b(?:located|based|headquartered|situated)\s+in|расположенн?\w*\s+в|находящ\w*\s+в|в\s+городе)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LocationCue();

    /// <summary>A dateline: the run opens a line and a date follows the comma ("MINSK, 3 September 2024", "Брюссель, 29 июня").</summary>
    private static bool IsDateline(NameCues cues, int first, int last)
    {
        var start = cues.Tokens[first].Start;
        if (start > 0 && cues.Text[start - 1] != '\n' || last - first > 2)
            return false;
        var rest = cues.Text[cues.Tokens[last].End..Math.Min(cues.Text.Length, cues.Tokens[last].End + 24)];
        return Dateline().IsMatch(rest);
    }

    [GeneratedRegex(@"^,\s*(?:\d{1,2}\s+\p{L}+|\p{Lu}\p{L}+\s+\d{1,2}\b)")]
    private static partial Regex Dateline();

    /// <summary>"said Vaidotas Sakalauskas": a name right after a verb of speech is a person's.</summary>
    private static bool IsAfterSpeechVerb(NameCues cues, int first) =>
        cues.Previous(first) is { IsWord: true } previous && previous.Text is "said" or "says" or "told" or "added" or "noted" or "explained" or "wrote"
            or "сказал" or "сказала" or "заявил" or "заявила" or "отметил" or "отметила";

    private static void AddProduct(NameCues cues, MentionSet set, string surface, int start, int end, string? kind, double confidence)
    {
        var canonical = surface.Length > 2 && surface[^1] == 's' && (char.IsUpper(surface[^2]) || char.IsDigit(surface[^2])) ? surface[..^1] : surface;
        var prefix = canonical.Split('-')[0];
        kind ??= cues.Lexicon.AircraftPrefixes.Contains(prefix) ? MentionKind.Aircraft : MentionKind.Product;
        if (kind == MentionKind.Product && cues.Lexicon.AircraftPrefixes.Contains(prefix) && canonical.Contains('-'))
            kind = MentionKind.Aircraft;
        set.Add(kind, surface, start, end, canonical, confidence, "product-cue");
    }

    /// <summary>A product noun after the run, over up to two adjectives and coordinated names ("Iskander and TOR M2 missile systems").</summary>
    private static string? ProductCue(NameCues cues, int last)
    {
        var adjectives = 0;
        for (var k = last + 1; k < cues.Tokens.Count && k <= last + 8; k++)
        {
            var token = cues.Tokens[k];
            if (token.Sentence != cues.Tokens[last].Sentence)
                return null;
            if (token.IsWord && cues.ProductNounKind(token.Text) is { } kind)
                return kind;
            if (token.Text is "/" or "and" || token.Capitalized && adjectives == 0)
                continue;
            if (token.IsWord && char.IsLower(token.Text[0]) && ++adjectives <= 2)
                continue;
            return null;
        }
        return null;
    }

    /// <summary>"According to Reuters": the name a reporting phrase introduces is a source organization.</summary>
    private static bool IsReportedBy(NameCues cues, int start)
    {
        var before = cues.Text[Math.Max(0, start - 16)..start].TrimEnd();
        return before.EndsWith("according to", StringComparison.OrdinalIgnoreCase) || before.EndsWith("по данным", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("reported by", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAfterTitle(NameCues cues, int first)
    {
        var previous = cues.Previous(first);
        if (previous?.Text == ",")
            previous = cues.Previous(previous.Index);
        return previous is { IsWord: true } && cues.IsTitle(previous.Text);
    }

    private static bool IsAcronym(string word)
    {
        var head = word.Split('-')[0];
        return head.Length is >= 2 and <= 6 && head.All(c => char.IsUpper(c) || char.IsDigit(c)) && head.Any(char.IsLetter);
    }

    private static bool IsPluralAcronym(string word) => word.Length >= 3 && word[^1] == 's' && word[..^1].All(char.IsUpper);

    /// <summary>"the Sphere Optical Plant of the Minsk Mechanical Plant ...": two organizations, the first part of the second.</summary>
    private static bool SplitPartOf(NameCues cues, MentionSet set, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (cues.Tokens[k].Text != "of")
                continue;
            var leftHasType = Enumerable.Range(first, k - first).Any(j => cues.IsOrgType(cues.Tokens[j].Text));
            var rightStart = cues.Tokens[k + 1].Text == "the" ? k + 2 : k + 1;
            var rightHasType = Enumerable.Range(rightStart, last - rightStart + 1).Any(j => cues.IsOrgType(cues.Tokens[j].Text));
            if (!leftHasType || !rightHasType)
                continue;
            AddOrganization(cues, set, first, k - 1, 0.9, "type-word");
            AddOrganization(cues, set, rightStart, last, 0.9, "type-word");
            set.PartOf.Add((cues.Span(first, k - 1), cues.Span(rightStart, last), cues.Tokens[first].Start, cues.Tokens[last].End));
            return true;
        }
        return false;
    }
}
