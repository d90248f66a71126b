using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Storyline.Cli.Output;
using Storyline.Store;
using Storyline.Store.Search;

namespace Storyline.Cli.Commands.Web;

/// <summary>
/// <c>storyline index rebuild [--db PATH]</c>: rebuilds the full-text search indexes (articles, and
/// stories' titles and summaries) from the stored rows. Saves keep the index current; this is for a
/// store whose index is suspected damaged, or after a tokenizer change. Exit 0, or 3 when the store is unusable.
/// </summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var rebuild = new Command("rebuild", "Rebuild the search indexes from the store") { database };
        rebuild.SetAction((parse, cancellationToken) => RebuildAsync(CliStreams.From(parse), parse.GetValue(database)!, cancellationToken));
        return new Command("index", "The search index") { rebuild };
    }

    private static async Task<int> RebuildAsync(CliStreams streams, string databasePath, CancellationToken cancellationToken)
    {
        try
        {
            var stopwatch = Stopwatch.StartNew();
            await using (var store = await ArticleStore.OpenAsync(databasePath, cancellationToken))
            {
                await new ArticleSearch(databasePath).RebuildAsync(cancellationToken);
            }

            await streams.Out.WriteLineAsync($"rebuilt the search indexes of {databasePath} in {stopwatch.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Success;
        }
        catch (StoreException e)
        {
            await streams.Error.WriteLineAsync($"storyline: {e.Message}");
            return ExitCodes.AllFailed;
        }
        catch (SqliteException e)
        {
            await streams.Error.WriteLineAsync($"storyline: store {databasePath} failed: {e.Message}");
            return ExitCodes.AllFailed;
        }
    }
}
