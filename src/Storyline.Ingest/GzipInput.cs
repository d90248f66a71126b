using System.IO.Compression;

namespace Storyline.Ingest;

/// <summary>Recognises and inflates gzip data, with the size limit applied to the inflated bytes (bomb guard).</summary>
internal static class GzipInput
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    /// <summary>Smallest possible gzip member: 10-byte header, empty deflate block, 8-byte trailer.</summary>
    private const int MinimumLength = 20;

    /// <exception cref="InvalidDataException">The gzip stream is corrupt or truncated.</exception>
    public static async Task<byte[]> DecompressAsync(byte[] compressed, long maxBytes, CancellationToken cancellationToken)
    {
        if (compressed.Length < MinimumLength)
        {
            throw new InvalidDataException("truncated: shorter than a gzip header and trailer");
        }

        byte[] inflated;
        var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
        await using (gzip.ConfigureAwait(false))
        {
            inflated = await BoundedReader.ReadAllAsync(gzip, maxBytes, "decompressed content", cancellationToken).ConfigureAwait(false);
        }

        // GZipStream stops quietly at a truncated end; the trailer's length (mod 2^32) exposes it.
        // Concatenated multi-member files would also differ here; they are rare enough for news input.
        var declaredLength = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4));
        if (declaredLength != (uint)inflated.Length)
        {
            throw new InvalidDataException($"truncated or damaged: {inflated.Length} bytes inflated, trailer says {declaredLength}");
        }

        return inflated;
    }
}
