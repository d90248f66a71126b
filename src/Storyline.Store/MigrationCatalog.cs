using System.Collections.Immutable;
using System.Globalization;

namespace Storyline.Store;

/// <summary>
/// The migrations shipped with this build: embedded <c>Migrations/NNNN_name.sql</c> files, ordered by
/// their number. Keeping them as SQL files makes each schema step reviewable on its own.
/// </summary>
internal static class MigrationCatalog
{
    private const string Prefix = "Storyline.Store.Migrations.";

    public static ImmutableArray<Migration> All { get; } = Load();

    public static int LatestVersion => All[^1].Version;

    private static ImmutableArray<Migration> Load()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[Prefix.Length..^".sql".Length];
            var underscore = name.IndexOf('_');
            if (underscore <= 0 || !int.TryParse(name[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration resource '{resource}' must be named NNNN_description.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, name, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3... without gaps; found {migrations[i].Name} at position {i + 1}.");
            }
        }

        return [.. migrations];
    }
}
