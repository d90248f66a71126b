using System.IO.Compression;

namespace Storyline.Ingest;

/// <summary>Recognises and inflates gzip data, with the size limit applied to the inflated bytes (bomb guard).</summary>
internal static class GzipInput
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    /// <exception cref="InvalidDataException">The gzip stream is corrupt or truncated.</exception>
    public static async Task<byte[]> DecompressAsync(byte[] compressed, long maxBytes, CancellationToken cancellationToken)
    {
        await using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
        return await BoundedReader.ReadAllAsync(gzip, maxBytes, "decompressed content", cancellationToken).ConfigureAwait(false);
    }
}
