using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Storyline.Cli.Tests.Commands.Web;

public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Serves_an_ingested_store_on_loopback_and_stops_cleanly_on_ctrl_c()
    {
        var database = temp.PathOf("served.db");
        var page = CorpusWriter.WriteReport(
            temp.PathOf("report.html"), "Tidewater Post", "Lanmere ferry halted after hull crack",
            "The Lanmere ferry was halted on Thursday after inspectors found a crack in its hull, the harbour authority said.",
            "About 300 commuters who cross the estuary each morning were told to take the coast road instead, and the authority said "
            + "the crossing would stay closed for at least ten days while welders repaired the vessel in the Lanmere yard.");
        var ingest = await CliRun.InProcessAsync("ingest", page, "--db", database);
        Assert.True(ingest.ExitCode == ExitCodes.Success, ingest.ToString());
        var port = FreePort();

        using var process = Process.Start(CliRun.ChildProcess(["serve", "--db", database, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        try
        {
            var banner = await ReadUntilAsync(process.StandardOutput, "Storyline is serving", TimeSpan.FromSeconds(90));
            Assert.Contains($"http://127.0.0.1:{port}/", banner, StringComparison.Ordinal);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var stories = JsonDocument.Parse(await http.GetStringAsync("/api/stories"));
            Assert.Equal("Lanmere ferry halted after hull crack", stories.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
            using var write = await http.PostAsync("/api/ingest", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);

            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(wait.Token);
            Assert.Equal(ExitCodes.Success, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<string> ReadUntilAsync(StreamReader output, string marker, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var seen = new System.Text.StringBuilder();
        while (await output.ReadLineAsync(cancel.Token) is { } line)
        {
            seen.AppendLine(line);
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"serve ended before printing '{marker}': {seen}");
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
