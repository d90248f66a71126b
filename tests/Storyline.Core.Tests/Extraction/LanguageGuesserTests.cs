using Storyline.Core.Extraction;

namespace Storyline.Core.Tests.Extraction;

public sealed class LanguageGuesserTests
{
    private readonly LanguageGuesser _guesser = LanguageGuesser.Default;

    [Theory]
    [InlineData("en", "The council said on Wednesday that the barrier had failed and that residents would be moved to the school.")]
    [InlineData("fr", "Le conseil municipal a annoncé mercredi que la digue avait cédé et que les habitants seraient relogés dans une école.")]
    [InlineData("de", "Der Stadtrat teilte am Mittwoch mit, dass die Schutzmauer gebrochen sei und die Bewohner in eine Schule gebracht würden.")]
    [InlineData("es", "El ayuntamiento dijo el miércoles que la barrera había fallado y que los vecinos serían trasladados a una escuela.")]
    [InlineData("it", "Il consiglio comunale ha detto mercoledì che la barriera ha ceduto e che gli abitanti saranno portati in una scuola.")]
    [InlineData("pt", "A câmara municipal disse na quarta-feira que a barreira falhou e que os moradores serão levados para uma escola.")]
    [InlineData("nl", "De gemeenteraad zei woensdag dat de dijk het had begeven en dat de bewoners naar een school worden gebracht.")]
    [InlineData("ru", "Городской совет заявил в среду, что дамба прорвалась и жителей перевезут в школу.")]
    [InlineData("uk", "Міська рада заявила в середу, що дамба прорвалася і мешканців перевезуть до школи, її відремонтують.")]
    [InlineData("el", "Το δημοτικό συμβούλιο ανακοίνωσε την Τετάρτη ότι το φράγμα υποχώρησε.")]
    [InlineData("he", "מועצת העיר הודיעה ביום רביעי כי הסכר קרס והתושבים יועברו לבית ספר.")]
    [InlineData("ar", "قال المجلس البلدي يوم الأربعاء إن الحاجز انهار وإن السكان سينقلون إلى مدرسة.")]
    [InlineData("fa", "شورای شهر روز چهارشنبه اعلام کرد که سد شکسته است و ساکنان به یک مدرسه منتقل می‌شوند.")]
    [InlineData("hi", "नगर परिषद ने बुधवार को कहा कि बांध टूट गया और निवासियों को स्कूल ले जाया जाएगा।")]
    [InlineData("zh", "市议会星期三表示，防洪堤已经决口，居民将被转移到一所学校。")]
    [InlineData("ja", "市議会は水曜日、防波堤が決壊し、住民は学校に移されると発表した。")]
    [InlineData("ko", "시의회는 수요일 방파제가 무너져 주민들이 학교로 옮겨질 것이라고 밝혔다.")]
    public void Guesses_the_language_of_a_sentence(string expected, string text)
    {
        Assert.Equal(expected, _guesser.Guess(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("OK")]
    [InlineData("12345 67890 !!!")]
    [InlineData("Marlow Quay Kelmsford Northby Riverside")]
    public void Too_little_evidence_gives_no_guess(string text)
    {
        Assert.Null(_guesser.Guess(text));
    }

    [Fact]
    public void Only_the_first_twenty_thousand_characters_are_read()
    {
        var english = string.Concat(Enumerable.Repeat("The river rose and the town was flooded. ", 1000));
        var french = string.Concat(Enumerable.Repeat("Le fleuve est monté et la ville a été inondée. ", 10_000));

        Assert.Equal("en", _guesser.Guess(english + french));
    }

    [Fact]
    public void A_malformed_stopword_list_is_reported_with_its_line()
    {
        var error = Assert.Throws<FormatException>(() => LanguageGuesser.Parse(new StringReader("en\tthe of\nbroken line")));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
