using Storyline.Core.Stories;

namespace Storyline.Core.Tests.Stories;

public class ShinglesTests
{
    [Fact]
    public void Case_spacing_and_punctuation_do_not_change_shingles()
    {
        var a = Shingles.Of("The launch capsized near Chandpur, officials said on Friday.");
        var b = Shingles.Of("the launch  capsized\nnear CHANDPUR officials said -- on friday");
        Assert.Equal(a.Order(), b.Order());
    }

    [Fact]
    public void Word_order_matters()
    {
        Assert.NotEqual(Shingles.Of("one two three four five"), Shingles.Of("five four three two one"));
    }

    [Fact]
    public void Empty_and_short_texts_are_handled()
    {
        Assert.Empty(Shingles.Of(""));
        Assert.Empty(Shingles.Of(" ,.;"));
        Assert.Single(Shingles.Of("two words"));
    }
}
