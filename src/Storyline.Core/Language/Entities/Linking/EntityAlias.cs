using Storyline.Core.Model;

namespace Storyline.Core.Language.Entities.Linking;

/// <summary>What a curated alias stands for.</summary>
public sealed record EntityAlias(string CanonicalName, EntityType Type);
