using CsCheck;
using Storyline.Core.Language.Entities.Linking;
using Storyline.Core.Model;

namespace Storyline.Core.Tests.Language.Entities.Linking;

public sealed class CanonicalKeyTests
{
    [Theory]
    [InlineData(EntityType.Person, "Josué  Kakule", "per:josue kakule")]
    [InlineData(EntityType.Organization, "U.S. State\nDepartment", "org:us state department")]
    [InlineData(EntityType.Location, "Zürich", "loc:zurich")]
    [InlineData(EntityType.Miscellaneous, "Łódź’s Straße", "misc:lodz's strasse")]
    [InlineData(EntityType.Organization, " Médecins Sans Frontières ", "org:medecins sans frontieres")]
    public void Folds_case_accents_stops_and_spacing(EntityType type, string name, string key) =>
        Assert.Equal(key, CanonicalKey.For(type, name));

    [Fact]
    public void Folding_is_idempotent_and_never_leaves_double_or_edge_spaces() =>
        Gen.String.Sample(name =>
        {
            var once = CanonicalKey.Fold(name);
            return once == CanonicalKey.Fold(once) && !once.Contains("  ", StringComparison.Ordinal) && once == once.Trim();
        });
}
