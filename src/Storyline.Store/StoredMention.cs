using Storyline.Core.Model;

namespace Storyline.Store;

/// <summary>One stored entity mention of an article version: its span and text, and the entity it names.</summary>
public sealed record StoredMention(int Start, int End, string Text, long EntityId, string CanonicalKey, EntityType Type, string Name);
