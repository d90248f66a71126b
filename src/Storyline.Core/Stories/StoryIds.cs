namespace Storyline.Core.Stories;

/// <summary>
/// Story ids derived from the founding article's content hash, so ingesting the same articles again,
/// in another run or another store, gives the same ids.
/// </summary>
public static class StoryIds
{
    private const int HashCharacters = 16;

    public static string FromContentHash(string contentHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        return "story-" + contentHash[..Math.Min(HashCharacters, contentHash.Length)];
    }
}
