using System.CommandLine;
using Storyline.Cli.Output;
using Storyline.Store;
using Storyline.Store.Stories;
using Storyline.Web;
using Storyline.Web.Security;

namespace Storyline.Cli.Commands.Web;

/// <summary>
/// <c>storyline serve [--db PATH] [--port N] [--host H] [--token-file F] [--allow-private]</c>: the web
/// app and HTTP API over a store, on 127.0.0.1 unless told otherwise. Writes need the bearer token
/// from --token-file or $STORYLINE_TOKEN (without one, every write is refused). Before listening it
/// places any article not yet in a story (a store filled by an older build, or an interrupted ingest).
/// Ctrl+C stops it cleanly (exit 130 is not used: stopping is the normal end of serving, exit 0).
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5150 };
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1: this machine only)", DefaultValueFactory = _ => "127.0.0.1" };
        var tokenFile = new Option<FileInfo?>("--token-file") { Description = $"File holding the bearer token for writes (default: ${WriteTokens.EnvironmentVariable})" };
        var allowPrivate = IngestCommand.AllowPrivateOption();
        var command = new Command("serve", "Serve the web app and the HTTP JSON API over a store") { database, port, host, tokenFile, allowPrivate };
        command.SetAction((parse, cancellationToken) => RunAsync(
            CliStreams.From(parse), parse.GetValue(database)!, parse.GetValue(port), parse.GetValue(host)!, parse.GetValue(tokenFile),
            parse.GetValue(allowPrivate), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliStreams streams, string databasePath, int port, string host, FileInfo? tokenFile, bool allowPrivate, CancellationToken cancellationToken)
    {
        if (port is < 0 or > 65535)
        {
            await streams.Error.WriteLineAsync($"storyline: --port must be between 0 and 65535, not {port}");
            return ExitCodes.Usage;
        }

        string? token;
        try
        {
            token = tokenFile is not null ? WriteTokens.ReadFile(tokenFile.FullName) : Environment.GetEnvironmentVariable(WriteTokens.EnvironmentVariable);
        }
        catch (InvalidOperationException e)
        {
            await streams.Error.WriteLineAsync($"storyline: {e.Message}");
            return ExitCodes.Usage;
        }

        try
        {
            await using (var store = await ArticleStore.OpenAsync(databasePath, cancellationToken))
            {
                await new StoryRefresher(store, Core.Pipeline.StandardPipeline.Create()).RefreshAsync(cancellationToken: cancellationToken);
            }

            var options = new WebOptions
            {
                DatabasePath = databasePath,
                Host = host,
                Port = port,
                WriteToken = string.IsNullOrWhiteSpace(token) ? null : token.Trim(),
                AllowPrivateAddresses = allowPrivate,
            };
            await using var app = StorylineWebApp.Build(options);
            await app.StartAsync(cancellationToken);
            foreach (var url in app.Urls)
            {
                await streams.Out.WriteLineAsync($"Storyline is serving {databasePath} at {url}/");
            }

            await streams.Out.WriteLineAsync(options.WriteToken is null
                ? $"Writes are refused: no token (set ${WriteTokens.EnvironmentVariable} or pass --token-file). Ctrl+C stops."
                : "Writes need the bearer token. Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        }
        catch (StoreException e)
        {
            await streams.Error.WriteLineAsync($"storyline: {e.Message}");
            return ExitCodes.AllFailed;
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use or an address it cannot bind as an IOException.
            await streams.Error.WriteLineAsync($"storyline: cannot listen on {host}:{port}: {e.Message}");
            return ExitCodes.AllFailed;
        }
    }
}
