using Storyline.Eval.Time;

namespace Storyline.Eval.Tests.Time;

public sealed class TimeMlReaderTests
{
    // A fictional article in NewsReader CAT layout (as MEANTIME ships it), written for this test.
    private const string Cat = """
        <?xml version="1.0" ?><Document doc_id="1" doc_name="lomar" lang="en">
        <token number="0" sentence="0" t_id="1">Ferry</token>
        <token number="1" sentence="0" t_id="2">sinks</token>
        <token number="2" sentence="1" t_id="3">March</token>
        <token number="3" sentence="1" t_id="4">12</token>
        <token number="4" sentence="1" t_id="5">,</token>
        <token number="5" sentence="1" t_id="6">2026</token>
        <token number="6" sentence="2" t_id="7">It</token>
        <token number="7" sentence="2" t_id="8">sank</token>
        <token number="8" sentence="2" t_id="9">yesterday</token>
        <token number="9" sentence="2" t_id="10">.</token>
        <token number="10" sentence="3" t_id="11">Not</token>
        <token number="11" sentence="3" t_id="12">annotated</token>
        <token number="12" sentence="3" t_id="13">today</token>
        <Markables>
        <TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2026-03-12"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
        <TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2026-03-11"><token_anchor t_id="9"/></TIMEX3>
        <TIMEX3 TAG_DESCRIPTOR="2026" functionInDocument="NONE" m_id="3" type="DATE" value="2026"/>
        </Markables>
        </Document>
        """;

    [Fact]
    public void Cat_documents_give_text_gold_timexes_and_the_unscored_spans()
    {
        var path = Path.Combine(Path.GetTempPath(), $"storyline-cat-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, Cat);
        try
        {
            var document = TimeMlReader.Read(path);

            Assert.Equal("Ferry sinks\n\nMarch 12 , 2026\n\nIt sank yesterday .\n\nNot annotated today", document.Text);
            Assert.Equal(new DateOnly(2026, 3, 12), document.CreationTime);
            var timex = Assert.Single(document.Timexes);
            Assert.Equal(("yesterday", "DATE", "2026-03-11"), (timex.Text, timex.Type, timex.Value));
            Assert.Equal(["March 12 , 2026", "Not annotated today"], document.Excluded.Select(r => r.Of(document.Text)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_folder_is_a_dataset_error_naming_it()
    {
        var error = Assert.Throws<DatasetMissingException>(() => TimeMlCorpus.Files("/no/such/timeml/folder"));
        Assert.Contains("/no/such/timeml/folder", error.Message);
    }

    [Fact]
    public void Malformed_xml_is_an_invalid_data_error_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"storyline-bad-{Guid.NewGuid():N}.tml");
        File.WriteAllText(path, "<TimeML><TEXT>unclosed");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => TimeMlReader.Read(path));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
