namespace Storyline.Ingest.Tests;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Reads_fields_and_reports_bad_lines_with_their_number()
    {
        const string text = """
            {"url":"https://harbour.example/a","title":"Ferry returns","html":"<p>Ferry</p>","published":"Tue, 03 Mar 2020 14:05:00 EST","outlet":"Harbour Gazette"}
            {"title":"Text only","text":"The council met."}

            {"title": "broken",
            {"title":"No body"}
            [1,2]
            {"title":3,"text":"x"}
            {"url":"ftp://harbour.example/b","text":"x"}
            {"url":"https://harbour.example/c","title":"Fetch me","published":1583262300}
            """;
        var rows = JsonLinesReader.Default.Read(text, "batch.jsonl").ToList();

        Assert.Equal(8, rows.Count);
        Assert.Equal("batch.jsonl:1", rows[0].Origin);
        Assert.Null(rows[0].Problem);
        Assert.Equal("<p>Ferry</p>", rows[0].Html);
        Assert.Equal("Ferry returns", rows[0].Hints.Title);
        Assert.Equal("Harbour Gazette", rows[0].Hints.Outlet);
        Assert.Equal(new DateTimeOffset(2020, 3, 3, 14, 5, 0, TimeSpan.FromHours(-5)), rows[0].Hints.Published);
        Assert.Equal("The council met.", rows[1].Text);
        Assert.Equal("batch.jsonl:4", rows[2].Origin);
        Assert.StartsWith("invalid JSON", rows[2].Problem);
        Assert.Equal("needs a non-empty \"html\" or \"text\", or a \"url\" to fetch", rows[3].Problem);
        Assert.Equal("line is not a JSON object", rows[4].Problem);
        Assert.Equal("\"title\" must be a string, not number", rows[5].Problem);
        Assert.StartsWith("\"url\" is not an absolute http(s) address", rows[6].Problem);
        Assert.Equal("https://harbour.example/c", rows[7].Url);
        Assert.Null(rows[7].Html);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1583262300), rows[7].Hints.Published);
    }
}
