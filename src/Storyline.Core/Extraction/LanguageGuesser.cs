using System.Collections.Frozen;
using Storyline.Core.Extraction.PlainText;

namespace Storyline.Core.Extraction;

/// <summary>
/// Guesses the language of a text as a BCP 47 primary tag. Texts in a script used by one
/// language (Greek, Hebrew, Hangul, kana, Devanagari, Thai) are told by their script; Cyrillic
/// and Arabic by letters only one language of the script has; Han without kana is Chinese; and
/// Latin-script texts by counting frequent function words (Resources/language-stopwords.txt).
/// One pass over at most <see cref="MaxSampleLength"/> characters; null when the evidence is thin.
/// </summary>
public sealed class LanguageGuesser
{
    public const int MaxSampleLength = 20_000;

    /// <summary>Below this many letters there is no telling.</summary>
    private const int MinLetters = 12;

    /// <summary>A Latin-script guess needs this much stopword weight, and this lead over the runner-up.</summary>
    private const double MinStopwordScore = 2.0;

    private const double MinLeadRatio = 1.25;

    private const int MaxWordLength = 24;

    private readonly string[] _languages;
    private readonly FrozenDictionary<string, (int Language, double Weight)[]> _stopwords;
    private readonly FrozenDictionary<string, (int Language, double Weight)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private LanguageGuesser(string[] languages, FrozenDictionary<string, (int, double)[]> stopwords)
    {
        _languages = languages;
        _stopwords = stopwords;
        _lookup = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static LanguageGuesser Default { get; } = LoadDefault();

    /// <summary>The languages told apart by stopwords (the others are told by script).</summary>
    public IReadOnlyList<string> StopwordLanguages => _languages;

    public static LanguageGuesser Parse(TextReader reader)
    {
        var languages = new List<string>();
        var owners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (number, fields) in EmbeddedResource.ReadRows(reader))
        {
            if (fields.Length != 2 || fields[0].Length is < 2 or > 3)
            {
                throw new FormatException($"Stopword list line {number}: expected '<language tag><TAB><words>'.");
            }

            var language = languages.IndexOf(fields[0]);
            if (language < 0)
            {
                language = languages.Count;
                languages.Add(fields[0]);
            }

            foreach (var word in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = word.ToLowerInvariant();
                if (!owners.TryGetValue(key, out var list))
                {
                    owners[key] = list = [];
                }

                if (!list.Contains(language))
                {
                    list.Add(language);
                }
            }
        }

        // A word several languages share says less: each of its k languages gets 1/k.
        var stopwords = owners.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.Select(l => (l, 1.0 / p.Value.Count)).ToArray(),
            StringComparer.Ordinal);
        return new LanguageGuesser([.. languages], stopwords);
    }

    public string? Guess(string? text) => text is null ? null : Guess(text.AsSpan());

    public string? Guess(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxSampleLength)
        {
            text = text[..MaxSampleLength];
        }

        var scripts = new ScriptCounts();
        var scores = new double[_languages.Length];
        Span<char> word = stackalloc char[MaxWordLength];
        var wordLength = 0;
        var wordTooLong = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c) || c is '\'' or '\u2019' && wordLength > 0)
            {
                scripts.Add(c);
                if (wordLength < MaxWordLength)
                {
                    word[wordLength++] = char.ToLowerInvariant(c);
                }
                else
                {
                    wordTooLong = true;
                }

                continue;
            }

            if (wordLength > 0 && !wordTooLong)
            {
                Score(word[..wordLength], scores);
            }

            wordLength = 0;
            wordTooLong = false;
        }

        return scripts.Letters < MinLetters ? null : scripts.ByScript() ?? GuessLatin(scripts, scores);
    }

    private void Score(ReadOnlySpan<char> word, double[] scores)
    {
        // "l'homme", "dell'anno": the elided article is the stopword.
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe > 0)
        {
            word = word[..apostrophe];
        }

        if (_lookup.TryGetValue(word, out var owners))
        {
            foreach (var (language, weight) in owners)
            {
                scores[language] += weight;
            }
        }
    }

    private string? GuessLatin(ScriptCounts scripts, double[] scores)
    {
        // Mostly Latin letters are needed for a stopword guess to mean anything.
        if (scripts.Latin * 2 < scripts.Letters)
        {
            return null;
        }

        var best = -1;
        var runnerUp = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (best < 0 || scores[i] > scores[best])
            {
                runnerUp = best < 0 ? 0 : Math.Max(runnerUp, scores[best]);
                best = i;
            }
            else
            {
                runnerUp = Math.Max(runnerUp, scores[i]);
            }
        }

        if (best < 0 || scores[best] < MinStopwordScore || scores[best] < runnerUp * MinLeadRatio)
        {
            return null;
        }

        return _languages[best];
    }

    private static LanguageGuesser LoadDefault()
    {
        using var reader = EmbeddedResource.Open("language-stopwords.txt");
        return Parse(reader);
    }

    /// <summary>Letters counted by Unicode script, and the letters that single out one language of a shared script.</summary>
    private struct ScriptCounts
    {
        public int Letters;
        public int Latin;
        private int _cyrillic;
        private int _ukrainianOnly;
        private int _russianOnly;
        private int _greek;
        private int _arabic;
        private int _persianOnly;
        private int _hebrew;
        private int _devanagari;
        private int _thai;
        private int _hangul;
        private int _kana;
        private int _han;

        public void Add(char c)
        {
            Letters++;
            switch (c)
            {
                case <= '\u024f':
                    Latin++;
                    break;
                case >= '\u0370' and <= '\u03ff':
                case >= '\u1f00' and <= '\u1fff':
                    _greek++;
                    break;
                case >= '\u0400' and <= '\u04ff':
                    _cyrillic++;
                    if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ')
                    {
                        _ukrainianOnly++;
                    }
                    else if (c is 'ы' or 'э' or 'ъ' or 'ё' or 'Ы' or 'Э' or 'Ъ' or 'Ё')
                    {
                        _russianOnly++;
                    }

                    break;
                case >= '\u0590' and <= '\u05ff':
                    _hebrew++;
                    break;
                case >= '\u0600' and <= '\u06ff':
                case >= '\u0750' and <= '\u077f':
                    _arabic++;
                    if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی' or 'ک')
                    {
                        _persianOnly++;
                    }

                    break;
                case >= '\u0900' and <= '\u097f':
                    _devanagari++;
                    break;
                case >= '\u0e00' and <= '\u0e7f':
                    _thai++;
                    break;
                case >= '\u1100' and <= '\u11ff':
                case >= '\uac00' and <= '\ud7af':
                case >= '\u3130' and <= '\u318f':
                    _hangul++;
                    break;
                case >= '\u3040' and <= '\u30ff':
                    _kana++;
                    break;
                case >= '\u4e00' and <= '\u9fff':
                case >= '\u3400' and <= '\u4dbf':
                    _han++;
                    break;
            }
        }

        /// <summary>The language a non-Latin script points to when it holds most of the letters.</summary>
        public readonly string? ByScript()
        {
            var half = Letters / 2;
            if (_hangul > half)
            {
                return "ko";
            }

            if (_kana + _han > half)
            {
                // Japanese mixes kanji with kana; Chinese has no kana at all.
                return _kana * 10 >= _kana + _han ? "ja" : "zh";
            }

            if (_cyrillic > half)
            {
                return _ukrainianOnly > _russianOnly ? "uk" : "ru";
            }

            if (_arabic > half)
            {
                // Persian letters also occur in Arabic loanwords; a real Persian text has many.
                return _persianOnly * 20 > _arabic ? "fa" : "ar";
            }

            return _greek > half ? "el"
                : _hebrew > half ? "he"
                : _devanagari > half ? "hi"
                : _thai > half ? "th"
                : null;
        }
    }
}
