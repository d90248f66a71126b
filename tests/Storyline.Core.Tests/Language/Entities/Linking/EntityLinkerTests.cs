using System.Text;
using Storyline.Core.Language.Entities.Linking;
using Storyline.Core.Language.Tokens;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Entities.Linking;

/// <summary>
/// The linker on hand-marked entities, so the rules are tested apart from the tagger:
/// "[Emmanuel Macron|PER]" marks an entity in the text.
/// </summary>
public sealed class EntityLinkerTests
{
    [Fact]
    public void Surnames_titles_and_possessives_link_to_the_full_name_even_before_it()
    {
        var mentions = Link("[Macron|PER] in Kyiv. President [Emmanuel Macron|PER] met [Mr. Macron|PER]'s aides; [Macron's|PER] plan stands.");

        Assert.All(mentions, m => Assert.Equal(("Emmanuel Macron", "per:emmanuel macron"), (m.CanonicalName, m.CanonicalKey)));
        Assert.Equal(["Macron", "Emmanuel Macron", "Macron", "Macron"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_surname_shared_by_two_people_goes_to_the_one_named_last_before_it()
    {
        var mentions = Link("[Didier Kambale|PER] met [Aline Kambale|PER]. [Kambale|PER] said no. Earlier, [Didier Kambale|PER] spoke; [Kambale|PER] left.");

        Assert.Equal(
            ["Didier Kambale", "Aline Kambale", "Aline Kambale", "Didier Kambale", "Didier Kambale"],
            mentions.Select(m => m.CanonicalName));
    }

    [Fact]
    public void A_surname_the_tagger_typed_as_an_organisation_still_joins_the_person()
    {
        var mentions = Link("[Josue Kakule|PER] arrived. [Kakule|ORG] said the road was cut.");

        Assert.Equal(EntityType.Person, mentions[1].Type);
        Assert.Equal("per:josue kakule", mentions[1].CanonicalKey);
    }

    [Fact]
    public void A_shorter_full_name_joins_the_longest_with_the_same_first_and_last_word()
    {
        var mentions = Link("[Didier M. Kambale|PER] spoke. [Didier Kambale|PER] left.");

        Assert.All(mentions, m => Assert.Equal("Didier M. Kambale", m.CanonicalName));
    }

    [Fact]
    public void The_end_of_a_longer_name_links_to_it_when_only_one_name_ends_that_way()
    {
        var linked = Link("[Kivu Civic Watch|ORG] counted. [Civic Watch|ORG] volunteers and [Watch|ORG] staff agreed.");
        var ambiguous = Link("[Kivu Civic Watch|ORG] and [Lake Civic Watch|ORG] counted. [Civic Watch|ORG] said so.");

        Assert.Equal(["Kivu Civic Watch", "Kivu Civic Watch", "Watch"], linked.Select(m => m.CanonicalName));
        Assert.Equal("Civic Watch", ambiguous[2].CanonicalName);
    }

    [Fact]
    public void In_text_definitions_link_acronyms_both_ways()
    {
        var mentions = Link("The [Lake Rescue Service|ORG] ([LRS|ORG]) sent boats. [LRS|ORG] divers and the [KCW|ORG] ([Kivu Civic Watch|ORG]) joined; [KCW|ORG] counted.");

        Assert.Equal(
            ["Lake Rescue Service", "Lake Rescue Service", "Lake Rescue Service", "Kivu Civic Watch", "Kivu Civic Watch", "Kivu Civic Watch"],
            mentions.Select(m => m.CanonicalName));
    }

    [Fact]
    public void An_acronym_links_to_the_name_it_abbreviates_in_the_article()
    {
        var mentions = Link("The [Meteorological Department of Odisha|ORG] warned. The [MDO|ORG] later said rain eased.");

        Assert.Equal("Meteorological Department of Odisha", mentions[1].CanonicalName);
    }

    [Fact]
    public void Two_names_with_the_same_initials_leave_the_acronym_alone()
    {
        var mentions = Link("[Port Authority|ORG] and [Police Academy|ORG] met. [PA|ORG] said nothing.");

        Assert.Equal("PA", mentions[2].CanonicalName);
    }

    [Fact]
    public void Curated_aliases_give_the_same_key_in_every_article()
    {
        var abbreviated = Link("the [U.N.|ORG] and the [US|LOC] and [EU|ORG] envoys");
        var full = Link("the [United Nations|ORG] and the [United States of America|LOC] and [European Union|ORG] envoys");

        Assert.Equal(["org:united nations", "loc:united states", "org:european union"], abbreviated.Select(m => m.CanonicalKey));
        Assert.Equal(abbreviated.Select(m => m.CanonicalKey), full.Select(m => m.CanonicalKey));
        Assert.Equal("U.N.", abbreviated[0].Text);
    }

    [Fact]
    public void A_curated_alias_fixes_the_type_the_tagger_got_wrong()
    {
        var mentions = Link("[NATO|LOC] leaders met.");

        Assert.Equal(EntityType.Organization, mentions[0].Type);
        Assert.Equal("org:north atlantic treaty organization", mentions[0].CanonicalKey);
    }

    [Fact]
    public void The_agency_links_when_exactly_one_earlier_agency_was_named()
    {
        var one = Link("The [International Atomic Energy Agency|ORG] said the Agency would send inspectors.");
        var two = Link("The [Border Agency|ORG] and the [Atomic Energy Agency|ORG] met; the agency said little.");
        var none = Link("Later the Agency said [Goma|LOC] was calm.");

        Assert.Equal(("the Agency", "International Atomic Energy Agency"), (one[1].Text, one[1].CanonicalName));
        Assert.Equal(EntityType.Organization, one[1].Type);
        Assert.Equal(2, two.Count);
        Assert.Single(none);
    }

    [Fact]
    public void A_one_word_entity_that_is_a_head_noun_after_the_is_a_description_not_a_name()
    {
        var mentions = Link("The [Safe Waterways Agency|ORG] warned. On Monday the [Agency|ORG] said more.");

        Assert.Equal(2, mentions.Count);
        Assert.Equal(("the Agency", "Safe Waterways Agency"), (mentions[1].Text, mentions[1].CanonicalName));
    }

    [Fact]
    public void A_the_inside_a_name_starts_no_description()
    {
        var mentions = Link("The [Bank of the Agency|ORG] and the [Safe Waterways Agency|ORG] met.");

        Assert.Equal(["Bank of the Agency", "Safe Waterways Agency"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_possessive_inside_the_last_token_is_trimmed_from_the_span_too()
    {
        var mentions = Link("The [Harbour Workers'|ORG] union and [Harbour Workers|ORG] agreed.");

        Assert.Equal(("Harbour Workers", "Harbour Workers"), (mentions[0].Text, mentions[0].CanonicalName));
    }

    [Fact]
    public void The_ministry_links_to_the_last_ministry_named()
    {
        var mentions = Link("The [Interior Ministry|ORG] and the [Ministry of Health|ORG] spoke. Later the ministry said 12 died.");

        Assert.Equal(("the ministry", "Ministry of Health"), (mentions[2].Text, mentions[2].CanonicalName));
    }

    [Fact]
    public void A_head_noun_that_begins_a_name_is_not_a_description()
    {
        var mentions = Link("The [Health Ministry|ORG] said the ministry of finance and the Agency [Kivu|LOC] office were closed.");

        Assert.Equal(["Health Ministry", "Kivu"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void The_president_refers_to_the_last_person_given_that_role()
    {
        var mentions = Link("Prime Minister [Lena Marsh|PER] and President [Aimé Mbusa|PER] met. The president said talks went well; the prime minister agreed.");

        Assert.Equal(("The president", "Aimé Mbusa"), (mentions[2].Text, mentions[2].CanonicalName));
        Assert.Equal(("the prime minister", "Lena Marsh"), (mentions[3].Text, mentions[3].CanonicalName));
        Assert.Equal("per:aime mbusa", mentions[2].CanonicalKey);
    }

    [Fact]
    public void A_role_never_given_to_anyone_links_to_nobody()
    {
        var mentions = Link("[Lena Marsh|PER] arrived. The president was absent.");

        Assert.Single(mentions);
    }

    [Fact]
    public void A_dateline_in_capitals_does_not_become_the_canonical_spelling()
    {
        var mentions = Link("[DHAKA|LOC] - Boats left [Dhaka|LOC] at dawn.");

        Assert.All(mentions, m => Assert.Equal("Dhaka", m.CanonicalName));
    }

    [Fact]
    public void Mentions_keep_their_own_text_and_offsets_in_text_order()
    {
        var (document, mentions) = LinkDocument("The [Red Cross|ORG] said [Mr. Lind|PER] of the [UN|ORG] left.");

        Assert.Equal(mentions.OrderBy(m => m.Range.Start), mentions);
        Assert.All(mentions, m => Assert.Equal(m.Text, document.TextOf(m)));
        Assert.Equal("Lind", mentions[1].Text);
    }

    [Fact]
    public void Empty_and_entity_free_text_gives_no_mentions()
    {
        Assert.Empty(Link(""));
        Assert.Empty(Link("the the the ministry of the agency ( ) 's"));
    }

    private static List<EntityMention> Link(string marked) => LinkDocument(marked).Mentions;

    private static (Document Document, List<EntityMention> Mentions) LinkDocument(string marked)
    {
        var text = new StringBuilder();
        var entities = new List<Entity>();
        var i = 0;
        while (i < marked.Length)
        {
            if (marked[i] != '[')
            {
                text.Append(marked[i++]);
                continue;
            }

            var bar = marked.IndexOf('|', i);
            var close = marked.IndexOf(']', bar);
            var surface = marked[(i + 1)..bar];
            var type = marked[(bar + 1)..close] switch
            {
                "PER" => EntityType.Person,
                "ORG" => EntityType.Organization,
                "LOC" => EntityType.Location,
                _ => EntityType.Miscellaneous,
            };
            entities.Add(new Entity(new TextRange(text.Length, text.Length + surface.Length), type, surface));
            text.Append(surface);
            i = close + 1;
        }

        var document = new Document(text.ToString(), ArticleMetadata.Empty);
        var tokens = Tokenizer.Default.Tokenize(document.Text);
        return (document, [.. EntityLinker.Default.Link(document.Text, tokens, [.. entities])]);
    }
}
