using System.Text;

namespace Storyline.Ingest;

/// <summary>Text decoded from bytes, with the encoding used and where the choice came from (bom, http, meta, xml, utf-8, fallback).</summary>
public sealed record DecodedText(string Text, Encoding Encoding, string CharsetSource);
