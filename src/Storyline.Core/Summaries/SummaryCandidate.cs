namespace Storyline.Core.Summaries;

/// <summary>A sentence that may go into a summary, with the concepts it covers (ids into the story's concept table).</summary>
internal sealed record SummaryCandidate(SummarySentence Sentence, int SourceIndex, int CandidateIndex, int[] Concepts);
