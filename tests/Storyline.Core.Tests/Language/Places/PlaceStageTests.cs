using Storyline.Core.Language.Places;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using static Storyline.Core.Tests.Language.Places.PlaceDocuments;

namespace Storyline.Core.Tests.Language.Places;

public sealed class PlaceStageTests
{
    [Fact]
    public void Paris_in_a_story_about_France_is_the_French_capital()
    {
        var document = Resolve(
            "Farmers drove tractors from Lyon towards Paris on Monday, and the protest reached Marseille by night.",
            ["Lyon", "Paris", "Marseille"]);

        var paris = Single(document, "Paris");
        Assert.Equal(("FR", PlaceKind.City), (paris.CountryCode, paris.Kind));
        Assert.Equal(48.85, paris.Latitude, 0.01);
        Assert.Equal(2.35, paris.Longitude, 0.01);
    }

    [Fact]
    public void Paris_Texas_is_pinned_inside_the_state_that_follows_it()
    {
        var document = Resolve("A tornado tore through Paris, Texas, on Friday, the county sheriff said.", ["Paris", "Texas"]);

        var paris = Single(document, "Paris");
        Assert.Equal("US", paris.CountryCode);
        Assert.Equal("Texas", paris.Region);
        Assert.Equal(33.66, paris.Latitude, 0.01);
        Assert.Equal(PlaceKind.Region, Single(document, "Texas").Kind);
    }

    [Fact]
    public void A_country_alone_does_not_pull_a_world_city_to_a_small_namesake()
    {
        var document = Resolve(
            "Senators in Washington said the United States would send a delegation to Paris next week.",
            ["Washington", "United States", "Paris"]);
        Assert.Equal("FR", Single(document, "Paris").CountryCode);
    }

    [Fact]
    public void A_list_of_places_is_not_read_as_city_and_region()
    {
        var document = Resolve("Protests spread to Boston, New York and Washington on Saturday.", ["Boston", "New York", "Washington"]);
        Assert.Equal("Massachusetts", Single(document, "Boston").Region);
    }

    [Fact]
    public void Nearby_clearly_placed_names_decide_between_namesakes()
    {
        // Jupiter, Florida is far larger than the other Jupiters; Heathrow is also a Florida town,
        // but beside London it is no Florida place.
        var document = Resolve(
            "The flight from London circled over Heathrow for an hour, officials in the UK said.",
            ["London", "Heathrow", "UK"]);
        Assert.Equal("GB", Single(document, "London").CountryCode);
        Assert.DoesNotContain(document.Get(Layers.Places), p => p.CountryCode == "US");
    }

    [Fact]
    public void Nationality_words_are_context_for_their_country()
    {
        const string text = "Bangladeshi divers searched the river off Chandpur. Bangladeshi police and Bangladeshi volunteers joined them.";
        var without = Resolve(text, ["Chandpur"]);
        Assert.Equal("IN", Single(without, "Chandpur").CountryCode);

        var withDemonyms = new PlaceStage().Run(
            without.With(Layers.Entities, without.Get(Layers.Entities).AddRange(Demonyms(text, "Bangladeshi")).Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start)), "test"));
        Assert.Equal("BD", Single(withDemonyms, "Chandpur").CountryCode);
    }

    [Fact]
    public void Saint_and_St_name_the_same_place()
    {
        var document = Resolve("Ash fell on St. Helens, Oregon, and on Portland.", ["St. Helens", "Oregon", "Portland"]);
        Assert.Equal(("US", "Oregon"), (Single(document, "St. Helens").CountryCode, Single(document, "St. Helens").Region));
    }

    [Fact]
    public void Landmarks_bare_directions_and_state_abbreviations_are_no_country()
    {
        var document = Resolve(
            "The White House said Western governments agreed. Fires burned near Los Angeles, CA, and in N.L. on Monday.",
            ["White House", "Western", "Los Angeles", "CA", "N.L."]);
        Assert.Equal(["Los Angeles"], document.Get(Layers.Places).Select(p => p.Text));
    }

    [Fact]
    public void Tripoli_in_a_story_about_Lebanon_is_the_Lebanese_city()
    {
        var document = Resolve(
            "Gunmen clashed overnight in Tripoli, Lebanon's second city, and the army sent troops from Beirut.",
            ["Tripoli", "Lebanon", "Beirut"]);

        var tripoli = Single(document, "Tripoli");
        Assert.Equal("LB", tripoli.CountryCode);
        Assert.Equal(34.43, tripoli.Latitude, 0.01);
    }

    [Fact]
    public void Without_context_the_capital_or_the_most_populous_namesake_wins()
    {
        Assert.Equal("LY", Single(Resolve("Talks resumed in Tripoli on Sunday.", ["Tripoli"]), "Tripoli").CountryCode);
        Assert.Equal("FR", Single(Resolve("The delegation flew to Paris.", ["Paris"]), "Paris").CountryCode);
        Assert.Equal("BD", Single(Resolve("Rain fell on Dhaka for a third day.", ["Dhaka"]), "Dhaka").CountryCode);
    }

    [Fact]
    public void The_title_and_an_all_capital_dateline_are_context()
    {
        var byTitle = Resolve("Gunmen clashed overnight in Tripoli.", ["Tripoli"], title: "Lebanon: clashes in the north");
        Assert.Equal("LB", Single(byTitle, "Tripoli").CountryCode);

        var byDateline = Resolve("BEIRUT. Gunmen clashed overnight in Tripoli, officials said.", ["BEIRUT", "Tripoli"]);
        Assert.Equal("LB", Single(byDateline, "Tripoli").CountryCode);
        Assert.Equal("Beirut", Single(byDateline, "BEIRUT").Name);
    }

    [Fact]
    public void A_qualifier_before_the_name_is_kept_and_covered_by_the_range()
    {
        const string text = "Drones struck northern Kharkiv before dawn, the regional governor said.";
        var place = Single(Resolve(text, ["Kharkiv"]), "northern Kharkiv");

        Assert.Equal(("Kharkiv", "northern", "UA"), (place.Name, place.Qualifier, place.CountryCode));
        Assert.Equal(text.IndexOf("northern", StringComparison.Ordinal), place.Range.Start);
        Assert.Equal(PlaceKind.City, place.Kind);
    }

    [Fact]
    public void A_qualifier_inside_the_span_is_split_off_only_when_the_whole_span_names_nothing()
    {
        var split = Single(Resolve("Western Kharkiv lost power on Tuesday. Engineers were sent.", ["Western Kharkiv"]), "Western Kharkiv");
        Assert.Equal(("Kharkiv", "Western"), (split.Name, split.Qualifier));

        var whole = Single(Resolve("The minister flew to South Africa on Tuesday.", ["South Africa"]), "South Africa");
        Assert.Equal(("ZA", PlaceKind.Country, null), (whole.CountryCode, whole.Kind, whole.Qualifier));
    }

    [Fact]
    public void Region_designators_choose_the_region_and_join_the_mention()
    {
        const string text = "The quake shook the Ancash region. Later, Kharkiv Oblast and the province of Ancash reported damage; Odisha state said little.";
        var document = Resolve(text, ["Ancash", "Kharkiv Oblast", "Odisha"]);

        var ancash = Single(document, "Ancash region");
        Assert.Equal((PlaceKind.Region, "PE", "Ancash"), (ancash.Kind, ancash.CountryCode, ancash.Name));
        Assert.Equal(PlaceKind.Region, Single(document, "Kharkiv Oblast").Kind);
        Assert.Equal("UA", Single(document, "Kharkiv Oblast").CountryCode);
        Assert.Equal(PlaceKind.Region, Single(document, "province of Ancash").Kind);
        Assert.Equal(("IN", PlaceKind.Region), (Single(document, "Odisha state").CountryCode, Single(document, "Odisha state").Kind));
    }

    [Fact]
    public void A_bare_name_shared_by_a_region_and_its_main_city_is_the_city()
    {
        var place = Single(Resolve("Shelling resumed in Kharkiv on Friday.", ["Kharkiv"]), "Kharkiv");
        Assert.Equal(PlaceKind.City, place.Kind);
    }

    [Theory]
    [InlineData("the U.S.", "US")]
    [InlineData("the US", "US")]
    [InlineData("the United States", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Britain", "GB")]
    [InlineData("DR Congo", "CD")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Burma", "MM")]
    [InlineData("Czech Republic", "CZ")]
    public void Country_aliases_resolve_to_the_country(string mention, string countryCode)
    {
        var text = $"Officials in {mention} declined to comment on Monday.";
        var place = Assert.Single(Resolve(text, [mention.StartsWith("the ", StringComparison.Ordinal) ? mention[4..] : mention]).Get(Layers.Places));
        Assert.Equal((countryCode, PlaceKind.Country), (place.CountryCode, place.Kind));
        Assert.Equal("country:" + countryCode, place.Key);
    }

    [Fact]
    public void Names_the_gazetteer_does_not_hold_and_world_regions_stay_out()
    {
        var document = Resolve(
            "Aid reached Zorvathi-Kelm and the Quellvaro valley on Tuesday as donors in Europe and the Pacific pledged more.",
            ["Zorvathi-Kelm", "Quellvaro", "Europe", "Pacific"]);
        Assert.Empty(document.Get(Layers.Places));
    }

    [Fact]
    public void A_name_followed_by_a_feature_word_is_not_the_settlement()
    {
        var document = Resolve("Houses along the Santa river in Peru and near Lake Kivu were flooded.", ["Santa", "Peru", "Kivu"]);
        Assert.Equal(["Peru"], document.Get(Layers.Places).Select(p => p.Text));
    }

    [Fact]
    public void A_small_namesake_outside_the_region_the_story_is_about_is_left_unresolved()
    {
        // Rajnagar exists in Madhya Pradesh, not in the gazetteer's Odisha: a guess would be wrong.
        var document = Resolve(
            "Floods cut off Kendrapara and Jajpur in Odisha, and villagers in Rajnagar fled to Bhubaneswar.",
            ["Kendrapara", "Jajpur", "Odisha", "Rajnagar", "Bhubaneswar"]);

        Assert.DoesNotContain(document.Get(Layers.Places), p => p.Text == "Rajnagar");
        Assert.Equal("IN", Single(document, "Kendrapara").CountryCode);
        Assert.Equal("Odisha", Single(document, "Jajpur").Region);
    }

    [Fact]
    public void A_small_namesake_is_chosen_by_the_country_the_story_is_about()
    {
        // Chandpur is a larger town in India than the listed Bangladeshi one; the story decides.
        var document = Resolve(
            "A launch capsized off Chandpur, Bangladesh's river police said, as relatives gathered in Dhaka.",
            ["Chandpur", "Bangladesh", "Dhaka"]);
        var chandpur = Single(document, "Chandpur");
        Assert.Equal("BD", chandpur.CountryCode);
        Assert.Equal(23.23, chandpur.Latitude, 0.01);
    }

    [Fact]
    public void Organisation_spans_count_only_as_countries_regions_or_names_tagged_as_places_elsewhere()
    {
        var document = Resolve(
            "Peru asked for help. Trade officials met in Ancash, and Ancash sent trucks to Huaraz.",
            locations: ["Huaraz"],
            others: ["Peru", "Trade", "Ancash"]);

        Assert.Equal(["Peru", "Ancash", "Ancash", "Huaraz"], document.Get(Layers.Places).Select(p => p.Text));
    }

    [Fact]
    public void Places_carry_region_and_country_names_and_a_stable_key()
    {
        var huaraz = Single(Resolve("Rescuers reached Huaraz, Peru, on Wednesday.", ["Huaraz", "Peru"]), "Huaraz");
        Assert.Equal(("Ancash", "Peru", "geonames:3696378", 3696378L), (huaraz.Region, huaraz.CountryName, huaraz.Key, huaraz.GeoNameId));
    }

    [Fact]
    public void Reads_entities_and_sentences_and_runs_in_the_standard_pipeline()
    {
        Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Add(new PlaceStage()).Build());
        Assert.Contains(StandardPipeline.Create().Stages, s => s is PlaceStage);

        var document = StandardPipeline.Create().Run(new Document("Talks were held in Geneva, Switzerland, on Monday.", ArticleMetadata.Empty));
        Assert.Contains(document.Get(Layers.Places), p => p.Name == "Geneva" && p.CountryCode == "CH");
    }

    [Fact]
    public void A_document_without_entities_gets_an_empty_layer()
    {
        var document = new PlaceStage().Run(new Document("", ArticleMetadata.Empty).With(Layers.Entities, [], "test"));
        Assert.True(document.Has(Layers.Places));
        Assert.Empty(document.Get(Layers.Places));
    }

    private static IEnumerable<Entity> Demonyms(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return new Entity(new TextRange(at, at + word.Length), EntityType.Miscellaneous, word);
        }
    }
}
