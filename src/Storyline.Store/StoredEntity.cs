using Storyline.Core.Model;

namespace Storyline.Store;

/// <summary>An entity known to the store, with how often the latest article versions mention it.</summary>
/// <param name="Mentions">Mentions in the latest version of every article.</param>
/// <param name="Articles">Articles whose latest version mentions it.</param>
public sealed record StoredEntity(
    long Id, string CanonicalKey, EntityType Type, string Name, DateTimeOffset FirstSeenAt, int Mentions, int Articles);
