namespace Storyline.Core.Extraction.PlainText;

/// <summary>One line of scraped text, whitespace-normalised, with whether a blank line preceded it.</summary>
public sealed record ScrapedLine(int Number, string Text, bool AfterBlank);
