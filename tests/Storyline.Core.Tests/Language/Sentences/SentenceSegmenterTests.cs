using Storyline.Core.Language.Sentences;
using Storyline.Core.Language.Tokens;

namespace Storyline.Core.Tests.Language.Sentences;

public sealed class SentenceSegmenterTests
{
    [Fact]
    public void Breaks_after_terminal_punctuation_and_line_breaks_but_not_after_abbreviations()
    {
        const string text = "Mr. Ode said \"Go.\" Then he left! and waved\nNew line";
        var tokens = Tokenizer.Default.Tokenize(text);
        var sentences = SentenceSegmenter.Default.Split(text, tokens)
            .Select(s => s.Range.Of(text))
            .ToArray();

        Assert.Equal(["Mr. Ode said \"Go.\"", "Then he left! and waved", "New line"], sentences);
    }

    [Fact]
    public void Caps_run_on_sentences()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 1000));
        var sentences = SentenceSegmenter.Default.Split(text, Tokenizer.Default.Tokenize(text));
        Assert.All(sentences, s => Assert.True(s.TokenCount <= SentenceSegmenter.MaxTokens));
        Assert.Equal(1000, sentences.Sum(s => s.TokenCount));
    }
}
