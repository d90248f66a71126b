using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Storyline.Ingest;

/// <summary>
/// Turns bytes into text. The charset comes from, in order: a byte-order mark, the HTTP
/// Content-Type charset, a &lt;meta charset&gt; / http-equiv or XML declaration in the first 4 KB,
/// then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what browsers assume for
/// undeclared legacy pages). Invalid sequences become U+FFFD; decoding never throws.
/// </summary>
public static partial class TextDecoder
{
    private const int DeclarationWindow = 4096;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? httpCharset = null)
    {
        if (DetectBom(bytes) is { } bom)
        {
            return new DecodedText(bom.Encoding.GetString(bytes[bom.Length..]), bom.Encoding, "bom");
        }

        if (ResolveCharset(httpCharset, bytes) is { } fromHeader)
        {
            return new DecodedText(fromHeader.GetString(bytes), fromHeader, "http");
        }

        if (FindDeclaredCharset(bytes) is { } declared && ResolveCharset(declared.Charset, bytes) is { } fromDocument)
        {
            return new DecodedText(fromDocument.GetString(bytes), fromDocument, declared.Source);
        }

        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), Encoding.UTF8, "utf-8");
        }

        var windows1252 = Encoding.GetEncoding(1252);
        return new DecodedText(windows1252.GetString(bytes), windows1252, "fallback");
    }

    /// <summary>Maps a charset label to an encoding the way browsers do (latin1 and ascii mean windows-1252); null when unknown.</summary>
    public static Encoding? ResolveCharset(string? label, ReadOnlySpan<byte> bytes = default)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        switch (name)
        {
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "cp1252" or "windows-1252" or "x-cp1252":
                return Encoding.GetEncoding(1252);
            case "utf8" or "utf-8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode" when !Utf16Plausible(bytes):
                // A page that says UTF-16 but has no NULs was transcoded and kept the old declaration.
                return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool Utf16Plausible(ReadOnlySpan<byte> bytes) => bytes.IsEmpty || bytes[..Math.Min(bytes.Length, 512)].Contains((byte)0);

    private static (Encoding Encoding, int Length)? DetectBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    private static (string Charset, string Source)? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        // Declarations are ASCII, so reading the window as Latin-1 is lossless for our purpose.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationWindow)]);
        if (XmlDeclaration().Match(head) is { Success: true } xml)
        {
            return (xml.Groups[1].Value, "xml");
        }

        return MetaCharset().Match(head) is { Success: true } meta ? (meta.Groups[1].Value, "meta") : null;
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    // Covers both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
