namespace Storyline.Core.Language.Time;

/// <summary>The tense a time expression is read in, deciding which way "on Tuesday" points.</summary>
public enum Tense
{
    Unknown,
    Past,
    Future,
}
