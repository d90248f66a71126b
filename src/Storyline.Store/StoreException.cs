namespace Storyline.Store;

/// <summary>The store cannot be used: unreadable file, not a database, or a schema this build does not know.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
