namespace Storyline.Ingest;

/// <summary>
/// Reads a stream into memory but stops as soon as it passes the limit, so a huge file, response
/// or decompression bomb never gets buffered whole.
/// </summary>
internal static class BoundedReader
{
    public static async Task<byte[]> ReadAllAsync(Stream stream, long maxBytes, string what, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > maxBytes)
            {
                throw new InputTooLargeException(ByteSize.TooLarge(what, null, maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }
    }

    public static async Task<string> ReadAllAsync(TextReader reader, long maxChars, string what, CancellationToken cancellationToken)
    {
        var text = new System.Text.StringBuilder();
        var chunk = new char[16384];
        while (true)
        {
            var read = await reader.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return text.ToString();
            }

            if (text.Length + read > maxChars)
            {
                throw new InputTooLargeException(ByteSize.TooLarge(what, null, maxChars));
            }

            text.Append(chunk, 0, read);
        }
    }
}
