using System.Text;

namespace Storyline.Ingest.Tests;

public sealed class TextDecoderTests
{
    private static readonly Encoding Windows1252 = CodePagesEncoding(1252);

    [Fact]
    public void Byte_order_mark_wins_over_every_declaration()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<meta charset=windows-1252>Café")).ToArray();
        var decoded = TextDecoder.Decode(bytes, "iso-8859-1");
        Assert.Equal("bom", decoded.CharsetSource);
        Assert.EndsWith("Café", decoded.Text);
    }

    [Fact]
    public void Utf16_with_bom_decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Harbour “news”")).ToArray();
        Assert.Equal("Harbour “news”", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Http_charset_comes_before_meta_and_latin1_means_windows_1252()
    {
        var bytes = Windows1252.GetBytes("<meta charset=\"utf-8\"><p>“Quoted” café – ok</p>");
        var decoded = TextDecoder.Decode(bytes, "ISO-8859-1");
        Assert.Equal("http", decoded.CharsetSource);
        Assert.Contains("“Quoted” café – ok", decoded.Text);
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"windows-1252\"></head><body>")]
    [InlineData("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>")]
    [InlineData("<html><head><META CHARSET=cp1252></head><body>")]
    public void Meta_declarations_in_the_first_4_KB_are_honoured(string head)
    {
        var decoded = TextDecoder.Decode(Windows1252.GetBytes(head + "“Quoted” café</body></html>"));
        Assert.Equal("meta", decoded.CharsetSource);
        Assert.Contains("“Quoted” café", decoded.Text);
    }

    [Fact]
    public void Xml_declaration_names_the_charset_of_a_feed()
    {
        var decoded = TextDecoder.Decode(Windows1252.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><title>Café</title></channel></rss>"));
        Assert.Equal("xml", decoded.CharsetSource);
        Assert.Contains("Café", decoded.Text);
    }

    [Fact]
    public void Undeclared_valid_utf8_is_utf8_and_invalid_falls_back_to_windows_1252()
    {
        Assert.Equal("utf-8", TextDecoder.Decode(Encoding.UTF8.GetBytes("naïve “quote”")).CharsetSource);
        var legacy = TextDecoder.Decode(Windows1252.GetBytes("naïve “quote”"));
        Assert.Equal("fallback", legacy.CharsetSource);
        Assert.Equal("naïve “quote”", legacy.Text);
    }

    [Fact]
    public void Invalid_utf8_under_a_utf8_declaration_is_replaced_not_thrown()
    {
        var decoded = TextDecoder.Decode([0x61, 0xC3, 0x28, 0xFF, 0x62], "utf-8");
        Assert.Equal("a\uFFFD(\uFFFDb", decoded.Text);
    }

    [Fact]
    public void Unknown_charset_labels_are_ignored()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("plain words"), "x-no-such-charset");
        Assert.Equal("utf-8", decoded.CharsetSource);
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
