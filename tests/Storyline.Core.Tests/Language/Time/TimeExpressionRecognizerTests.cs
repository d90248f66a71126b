using Storyline.Core.Model;
using static Storyline.Core.Tests.Language.Time.TimeStageTests;

namespace Storyline.Core.Tests.Language.Time;

/// <summary>Recognition and TIMEX3 values against a publication date of Thursday 12 March 2026.</summary>
public sealed class TimeExpressionRecognizerTests
{
    [Theory]
    [InlineData("The Lomar talks opened on 3 March 2026.", "3 March 2026", "2026-03-03")]
    [InlineData("The Lomar talks opened on March 3, 2026, in Geneva.", "March 3, 2026", "2026-03-03")]
    [InlineData("The filing is dated 2026-03-03.", "2026-03-03", "2026-03-03")]
    [InlineData("The filing is dated 03/03/2026.", "03/03/2026", "2026-03-03")]
    [InlineData("The filing is dated 25/02/2026.", "25/02/2026", "2026-02-25")]
    [InlineData("The filing is dated 02/25/2026.", "02/25/2026", "2026-02-25")]
    [InlineData("The filing is dated 04/03/2026.", "04/03/2026", "2026-03-04")]
    [InlineData("The filing is dated 15.07.2025.", "15.07.2025", "2025-07-15")]
    [InlineData("The ferry left on Tuesday, March 3.", "Tuesday, March 3", "2026-03-03")]
    [InlineData("The ferry left on March 3.", "March 3", "2026-03-03")]
    [InlineData("The ferry left on Sept. 30.", "Sept. 30", "2025-09-30")]
    [InlineData("The ferry left on the 3rd of March.", "3rd of March", "2026-03-03")]
    [InlineData("The dam was finished in October 2014.", "October 2014", "2014-10")]
    [InlineData("The dam was finished in 2014.", "2014", "2014")]
    [InlineData("Most of the houses were built in the 1990s.", "the 1990s", "199")]
    [InlineData("Most of the houses were built in the mid-1990s.", "mid-1990s", "199")]
    [InlineData("Prices fell in January.", "January", "2026-01")]
    [InlineData("Prices fell in June last year.", "June last year", "2025-06")]
    [InlineData("Prices fell in November.", "November", "2025-11")]
    [InlineData("Prices will rise in May.", "May", "2026-05")]
    [InlineData("Sales fell in the current year.", "the current year", "2026")]
    [InlineData("Sales fell in the current quarter.", "the current quarter", "2026-Q1")]
    public void Absolute_dates(string text, string expression, string value)
    {
        var time = Single(text, expression);
        Assert.Equal((TimexType.Date, value), (time.Type, time.Value));
    }

    [Theory]
    [InlineData("The council met on Tuesday.", "Tuesday", "2026-03-10")]
    [InlineData("The council said on Thursday it had met.", "Thursday", "2026-03-12")]
    [InlineData("The council will meet on Tuesday.", "Tuesday", "2026-03-17")]
    [InlineData("The envoys could arrive as soon as Tuesday.", "Tuesday", "2026-03-17")]
    [InlineData("\"The convoy will leave before dawn on Tuesday,\" the governor of the province said.", "Tuesday", "2026-03-17")]
    [InlineData("The governor said on Tuesday the convoy will leave.", "Tuesday", "2026-03-10")]
    [InlineData("The council is going to meet on Tuesday.", "Tuesday", "2026-03-17")]
    [InlineData("The council planned to meet on Saturday.", "Saturday", "2026-03-14")]
    [InlineData("Heavy rain is forecast until Sunday.", "Sunday", "2026-03-15")]
    [InlineData("The council met last Friday.", "last Friday", "2026-03-06")]
    [InlineData("The council meets next Tuesday.", "next Tuesday", "2026-03-17")]
    public void Weekdays_follow_the_tense(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression).Value);

    [Theory]
    [InlineData("The port reopened today.", "today", "Date", "2026-03-12")]
    [InlineData("The port reopened yesterday.", "yesterday", "Date", "2026-03-11")]
    [InlineData("The port reopens tomorrow.", "tomorrow", "Date", "2026-03-13")]
    [InlineData("The port reopens tonight.", "tonight", "Time", "2026-03-12TNI")]
    [InlineData("The port reopened this morning.", "this morning", "Time", "2026-03-12TMO")]
    [InlineData("The port reopened yesterday afternoon.", "yesterday afternoon", "Time", "2026-03-11TAF")]
    [InlineData("The port closed last night.", "last night", "Time", "2026-03-11TNI")]
    [InlineData("The port closed last week.", "last week", "Date", "2026-W10")]
    [InlineData("The port closed last month.", "last month", "Date", "2026-02")]
    [InlineData("The port closed last year.", "last year", "Date", "2025")]
    [InlineData("The port reopens next week.", "next week", "Date", "2026-W12")]
    [InlineData("The port closed this week.", "this week", "Date", "2026-W11")]
    [InlineData("The port closed earlier this month.", "earlier this month", "Date", "2026-03")]
    [InlineData("The port closed three weeks ago.", "three weeks ago", "Date", "2026-W08")]
    [InlineData("The port closed two days ago.", "two days ago", "Date", "2026-03-10")]
    [InlineData("The port closed a year ago.", "a year ago", "Date", "2025")]
    [InlineData("The port reopened two days later.", "two days later", "Date", "2026-03-14")]
    [InlineData("The port closed last summer.", "last summer", "Date", "2025-SU")]
    [InlineData("The port reopens this summer.", "this summer", "Date", "2026-SU")]
    [InlineData("The port reopens this weekend.", "this weekend", "Date", "2026-W11-WE")]
    public void Relative_dates_resolve_against_the_publication_date(string text, string expression, string type, string value)
    {
        var time = Single(text, expression);
        Assert.Equal((type, value), (time.Type.ToString(), time.Value));
    }

    [Fact]
    public void A_later_count_starts_from_the_last_day_named()
    {
        var times = Annotate("The ferry sank on Tuesday. Two days later the search was called off.", Published).Get(Layers.TimeExpressions);
        Assert.Equal("2026-03-12", Assert.Single(times, t => t.Text == "Two days later").Value);
    }

    [Fact]
    public void A_clock_time_takes_the_day_named_before_it()
    {
        var time = Single("The vote took place on Tuesday. It closed at 3 p.m.", "3 p.m.");
        Assert.Equal((TimexType.Time, "2026-03-10T15:00"), (time.Type, time.Value));
    }

    [Theory]
    [InlineData("The vote closed on Tuesday at 3 p.m.", "Tuesday at 3 p.m.", "2026-03-10T15:00")]
    [InlineData("The vote closed at 3 p.m. yesterday.", "3 p.m. yesterday", "2026-03-11T15:00")]
    [InlineData("The vote closed at 9.40pm.", "9.40pm", "2026-03-11T21:40")]
    [InlineData("The vote closes at 9.40pm.", "9.40pm", "2026-03-12T21:40")]
    [InlineData("The vote closed at 15:30 GMT.", "15:30 GMT", "2026-03-11T15:30Z")]
    [InlineData("The vote closed at 8:15 a.m.", "8:15 a.m.", "2026-03-12T08:15")]
    [InlineData("The vote closed at 12 a.m.", "12 a.m.", "2026-03-12T00:00")]
    [InlineData("The vote closed at noon.", "noon", "2026-03-12T12:00")]
    public void Clock_times(string text, string expression, string value)
    {
        var time = Single(text, expression);
        Assert.Equal((TimexType.Time, value), (time.Type, time.Value));
    }

    [Fact]
    public void A_past_clock_time_later_than_an_evening_publication_stays_on_the_day()
    {
        var evening = new DateTimeOffset(2026, 3, 12, 23, 0, 0, TimeSpan.FromHours(1));
        var time = Annotate("The vote closed at 9.40pm.", evening).Get(Layers.TimeExpressions).Single();
        Assert.Equal("2026-03-12T21:40", time.Value);
    }

    [Fact]
    public void An_early_morning_time_after_a_night_is_the_next_day()
    {
        var time = Single("Crews were called out on Tuesday night. The wall gave way at 2.40 am.", "2.40 am");
        Assert.Equal("2026-03-11T02:40", time.Value);
    }

    [Fact]
    public void A_clock_time_in_a_sentence_about_a_dated_event_takes_the_event_day()
    {
        var time = Single(
            "Tuesday's earthquake flattened the old town. Rescuers worked through Wednesday. The quake struck at 4:17 a.m.",
            "4:17 a.m.");
        Assert.Equal("2026-03-10T04:17", time.Value);
    }

    [Fact]
    public void A_day_named_in_the_same_sentence_beats_the_event_day()
    {
        var time = Single(
            "Tuesday's earthquake flattened the old town. On Wednesday an aftershock of the quake struck at 11 a.m.",
            "11 a.m.");
        Assert.Equal("2026-03-11T11:00", time.Value);
    }

    [Fact]
    public void Since_gives_a_span_to_the_publication_date()
    {
        var time = Single("The road has been closed since 3 March.", "3 March");
        Assert.Equal(("2026-03-03", "2026-03-03", "2026-03-12"), (time.Value, time.Begin, time.End));
    }

    [Fact]
    public void Since_a_month_looks_back()
    {
        var time = Single("The road has been closed since June.", "June");
        Assert.Equal(("2025-06", "2025-06", "2026-03-12"), (time.Value, time.Begin, time.End));
    }

    [Fact]
    public void The_past_hours_are_a_duration_with_its_span()
    {
        var time = Single("In the past 48 hours, rescuers reached Velm.", "the past 48 hours");
        Assert.Equal((TimexType.Duration, "PT48H", "2026-03-10", "2026-03-12"), (time.Type, time.Value, time.Begin, time.End));
    }

    [Fact]
    public void The_next_weeks_span_forward()
    {
        var time = Single("Aid groups say the next two weeks will be decisive.", "the next two weeks");
        Assert.Equal(("P2W", "2026-03-12", "2026-03-26"), (time.Value, time.Begin, time.End));
    }

    [Fact]
    public void Late_on_a_weekday_night_is_that_night_with_the_timeml_end_modifier()
    {
        // TimeML has no LATE modifier: "late" is END, as in "late 1990s".
        var time = Single("The bridge collapsed late on Tuesday night.", "late on Tuesday night");
        Assert.Equal((TimexType.Time, "2026-03-10TNI", "END"), (time.Type, time.Value, time.Modifier));
    }

    [Fact]
    public void Overnight_in_a_past_report_is_the_night_before()
    {
        var time = Single("Rescuers pulled 40 people from the river overnight.", "overnight");
        Assert.Equal("2026-03-11TNI", time.Value);
    }

    [Theory]
    [InlineData("The siege lasted three weeks.", "three weeks", "P3W")]
    [InlineData("The siege lasted 48 hours.", "48 hours", "PT48H")]
    [InlineData("The siege lasted two years.", "two years", "P2Y")]
    [InlineData("The siege lasted twenty-four hours.", "twenty-four hours", "PT24H")]
    [InlineData("The siege lasted twenty four hours.", "twenty four hours", "PT24H")]
    [InlineData("The siege lasted a week.", "a week", "P1W")]
    [InlineData("The siege lasted 90 minutes.", "90 minutes", "PT90M")]
    [InlineData("It was a two-year contract.", "two-year", "P2Y")]
    [InlineData("It was a 48-hour strike.", "48-hour", "PT48H")]
    [InlineData("It was a two day strike.", "two day", "P2D")]
    [InlineData("The siege lasted several days.", "several days", "PXD")]
    [InlineData("Fighting has gone on for years.", "years", "PXY")]
    [InlineData("Fighting has gone on for two decades.", "two decades", "P20Y")]
    public void Durations(string text, string expression, string value)
    {
        var time = Single(text, expression);
        Assert.Equal((TimexType.Duration, value), (time.Type, time.Value));
    }

    [Theory]
    [InlineData("The siege lasted about two weeks.", "about two weeks", "P2W", "APPROX")]
    [InlineData("The siege lasted more than a week.", "more than a week", "P1W", "MORE_THAN")]
    [InlineData("The siege lasted less than a minute.", "less than a minute", "PT1M", "LESS_THAN")]
    [InlineData("The siege lasted at least three days.", "at least three days", "P3D", "EQUAL_OR_MORE")]
    public void Approximate_durations(string text, string expression, string value, string modifier)
    {
        var time = Single(text, expression);
        Assert.Equal((value, modifier), (time.Value, time.Modifier));
    }

    [Theory]
    [InlineData("The market opens every Tuesday.", "every Tuesday", "XXXX-WXX-2")]
    [InlineData("The bulletin is published daily.", "daily", "P1D")]
    [InlineData("The bulletin is published weekly.", "weekly", "P1W")]
    [InlineData("The bulletin is published every day.", "every day", "P1D")]
    [InlineData("The bulletin is published every other week.", "every other week", "P2W")]
    [InlineData("Meetings are held twice a day.", "a day", "P1D")]
    public void Sets(string text, string expression, string value)
    {
        var time = Single(text, expression);
        Assert.Equal((TimexType.Set, value), (time.Type, time.Value));
    }

    [Theory]
    [InlineData("Profits rose in the third quarter.", "the third quarter", "2025-Q3")]
    [InlineData("Profits rose in the first quarter of 2024.", "the first quarter of 2024", "2024-Q1")]
    [InlineData("Third-quarter profits rose.", "Third-quarter", "2025-Q3")]
    [InlineData("Profits rose in Q1 2026.", "Q1 2026", "2026-Q1")]
    [InlineData("Profits rose in the second quarter of last year.", "the second quarter of last year", "2025-Q2")]
    [InlineData("Profits rose in the first half of 2025.", "the first half of 2025", "2025-H1")]
    [InlineData("The harvest failed in the summer of 2024.", "the summer of 2024", "2024-SU")]
    public void Quarters_halves_and_seasons(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression).Value);

    [Theory]
    [InlineData("The ferry sank on Christmas Eve.", "Christmas Eve", "2025-12-24")]
    [InlineData("The ferry sank on New Year's Day.", "New Year's Day", "2026-01-01")]
    [InlineData("Shops closed for Thanksgiving 2025.", "Thanksgiving 2025", "2025-11-27")]
    [InlineData("The ferry sank at Christmas.", "Christmas", "2025-12-25")]
    public void Holidays(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression).Value);

    [Fact]
    public void A_year_earlier_in_an_earnings_report_is_the_same_quarter_a_year_back()
    {
        var times = Annotate("Profit rose in the fourth quarter of 2025, against a loss a year earlier.", Published).Get(Layers.TimeExpressions);
        Assert.Equal("2024-Q4", Assert.Single(times, t => t.Text == "a year earlier").Value);
    }

    [Theory]
    [InlineData("The road is now open.", "now", "PRESENT_REF")]
    [InlineData("The road is currently closed.", "currently", "PRESENT_REF")]
    [InlineData("The road was recently repaired.", "recently", "PAST_REF")]
    [InlineData("Floods have grown worse in recent years.", "recent years", "PAST_REF")]
    [InlineData("The road will be rebuilt in the near future.", "the near future", "FUTURE_REF")]
    public void References(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression).Value);

    [Theory]
    [InlineData("The inquiry reports by the end of the month.", "the end of the month", "2026-03", "END")]
    [InlineData("The inquiry reports in early April.", "early April", "2026-04", "START")]
    [InlineData("The inquiry reports in mid-April.", "mid-April", "2026-04", "MID")]
    [InlineData("The dam was completed in the late 1980s.", "late 1980s", "198", "END")]
    public void Positions_inside_a_period(string text, string expression, string value, string modifier)
    {
        var time = Single(text, expression);
        Assert.Equal((value, modifier), (time.Value, time.Modifier));
    }

    [Theory]
    [InlineData("She may leave soon; he will march on.")]
    [InlineData("The 2000 delegates paid $2026 in fees.")]
    [InlineData("The current here is very strong.")]
    [InlineData("He is 52 years old.")]
    [InlineData("The airline runs four flights a week at $90 a day.")]
    [InlineData("Route 1990 is closed.")]
    [InlineData("The New Year budget passed.")]
    [InlineData("Prices rose 2026 %.")]
    public void Ordinary_words_and_numbers_are_not_time_expressions(string text) =>
        Assert.Empty(Annotate(text, Published).Get(Layers.TimeExpressions));

    [Fact]
    public void May_and_March_count_as_months_next_to_a_day_or_year()
    {
        var values = Annotate("The vote is set for May 4, not March 2027.", Published).Get(Layers.TimeExpressions).Select(t => t.Value);
        Assert.Equal(["2026-05-04", "2027-03"], values);
    }
}
