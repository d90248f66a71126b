using Storyline.Core.Language.Entities;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Entities;

public sealed class BilouTagsTests
{
    [Fact]
    public void Spans_round_trip_through_tags_and_iob2()
    {
        var spans = new[] { (0, 2, EntityType.Person), (3, 4, EntityType.Location), (5, 8, EntityType.Organization) };
        var tags = BilouTags.FromSpans(8, spans);

        Assert.Equal(spans, BilouTags.Spans(tags));
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG"], BilouTags.ToIob2(tags));
    }

    [Fact]
    public void Only_valid_continuations_are_allowed()
    {
        var beginPerson = BilouTags.Tag(EntityType.Person, 0);
        Assert.False(BilouTags.CanFollow(-1, BilouTags.Tag(EntityType.Person, 1)));
        Assert.True(BilouTags.CanFollow(beginPerson, BilouTags.Tag(EntityType.Person, 2)));
        Assert.False(BilouTags.CanFollow(beginPerson, BilouTags.Tag(EntityType.Location, 2)));
        Assert.False(BilouTags.CanFollow(beginPerson, BilouTags.Outside));
        Assert.False(BilouTags.CanEnd(beginPerson));
    }
}
