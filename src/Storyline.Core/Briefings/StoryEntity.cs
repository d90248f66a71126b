using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Briefings;

/// <summary>An entity as the story knows it: its canonical name and how widely it is mentioned.</summary>
/// <param name="Key">The stable cross-article key ("org:united nations").</param>
/// <param name="Mentions">Mentions across all the story's articles.</param>
/// <param name="ArticleIds">The articles that mention it.</param>
public sealed record StoryEntity(string Key, string Name, EntityType Type, int Mentions, ImmutableArray<string> ArticleIds);
