namespace Storyline.Ingest;

/// <summary>
/// Tells text from binary junk by the share of control characters (NUL and C0 controls other than
/// tab, newlines and form feed) at the start of the data. Real text in any 8-bit or UTF-8
/// encoding has almost none; images, archives and executables have about one byte in ten.
/// </summary>
internal static class BinaryDetector
{
    private const int SampleLength = 8192;
    private const double MaxControlShare = 0.02;

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (IsControl(b))
            {
                controls++;
            }
        }

        return IsHighShare(controls, sample.Length);
    }

    public static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleLength)];
        var controls = 0;
        foreach (var c in sample)
        {
            if (c < 0x80 && IsControl((byte)c))
            {
                controls++;
            }
        }

        return IsHighShare(controls, sample.Length);
    }

    private static bool IsControl(byte b) => b is < 0x09 or (> 0x0d and < 0x20) or 0x7f;

    private static bool IsHighShare(int controls, int length) => length > 0 && controls > MaxControlShare * length;
}
