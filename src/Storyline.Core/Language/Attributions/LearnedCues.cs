namespace Storyline.Core.Language.Attributions;

/// <summary>
/// Picks the reliable cues out of the table derived from PolNeAR's training split
/// (Resources/attribution-cues-learned.tsv, written by <c>storyline train attribution</c>): a word or a
/// verb + particle sequence that lies inside a gold cue at least <see cref="MinReliability"/> of the
/// times it occurs outside other attributions, in at least <see cref="MinTexts"/> texts, and whose
/// attributions found on the training split align with a gold one at least <see cref="MinPrecision"/> of the time. The hand-written cue table wins where
/// both hold a cue; words that build source phrases, adverbs and contractions are never cues.
/// </summary>
public static class LearnedCues
{
    /// <summary>Half the occurrences inside a gold cue: "declined" (0.78) and "endorsed" (0.69) pass, "statement" (0.39) does not.</summary>
    public const double MinReliability = 0.5;

    public const int MinTexts = 3;

    /// <summary>
    /// Of the attributions the recogniser finds on the training split with the cue, the share whose cue
    /// overlaps a gold cue: a word PolNeAR often marks ("see", "know") may still fire mostly where it is not
    /// reported speech once the recogniser's rules read it.
    /// </summary>
    public const double MinPrecision = 0.6;

    /// <summary>The shipped hand-written cues with the reliable learned ones added.</summary>
    public static Dictionary<string, CueKind> Merge(
        IReadOnlyDictionary<string, CueKind> handWritten, IReadOnlyDictionary<string, SourceWordRole> sourceWords, IEnumerable<string[]> learnedRows, bool checkPrecision = true)
    {
        // Single words first, so a sequence can ask whether its first word is a cue on its own.
        learnedRows = learnedRows.OrderBy(r => r[0].Contains(' '));
        var cues = new Dictionary<string, CueKind>(handWritten, StringComparer.OrdinalIgnoreCase);
        var phraseStarts = handWritten.Keys.Where(k => k.Contains(' ')).Select(k => k[..k.IndexOf(' ')]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = learnedRows.ToList();
        var reliableWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (row.Length < 7 || !int.TryParse(row[1], out var inCue) || !int.TryParse(row[2], out var occurrences)
                || !int.TryParse(row[3], out var sourceAfter) || !int.TryParse(row[4], out var texts)
                || !int.TryParse(row[5], out var predicted) || !int.TryParse(row[6], out var aligned))
            {
                throw new InvalidDataException($"attribution-cues-learned.tsv: bad row '{string.Join('\t', row)}' (expected cue, in_gold_cue, occurrences, source_after, texts, predicted, aligned).");
            }

            var cue = row[0];
            if (occurrences == 0 || (double)inCue / occurrences < MinReliability || texts < MinTexts || cues.ContainsKey(cue)
                || (checkPrecision && predicted > 0 && (double)aligned / predicted < MinPrecision))
            {
                continue;
            }

            var words = cue.Split(' ');
            if (!IsPlainWord(words[0]) || sourceWords.ContainsKey(words[0]) || (words.Length == 1 && (words[0].EndsWith("ly", StringComparison.Ordinal) || phraseStarts.Contains(cue))))
            {
                continue;
            }

            // A sequence counts only after a word that is a cue on its own: "pointed to", not "footage of" or "went on".
            if (words.Length > 1 && !handWritten.ContainsKey(words[0]) && !reliableWords.Contains(words[0]))
            {
                continue;
            }

            if (words.Length == 1)
            {
                reliableWords.Add(cue);
            }

            // A cue whose source mostly follows it reads like "according to"; the others take their source before them.
            cues[cue] = words.Length > 1 && sourceAfter * 2 > inCue ? CueKind.Phrase : CueKind.Say;
        }

        return cues;
    }

    private static bool IsPlainWord(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return word.Length > 1;
    }
}
