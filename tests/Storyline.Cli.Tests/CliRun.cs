using System.Diagnostics;
using System.Text.Json;

namespace Storyline.Cli.Tests;

/// <summary>Runs the CLI in-process (fast, for behaviour) or as a real child process (for crashes and kills).</summary>
internal static class CliRun
{
    public static async Task<CliResult> InProcessAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await Program.RunAsync(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The built storyline.dll copied next to the tests (the project references the CLI).</summary>
    public static string CliDll
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "storyline.dll");
            Assert.True(File.Exists(dll), $"The CLI was not built next to the tests: {dll} is missing.");
            return dll;
        }
    }

    public static ProcessStartInfo ChildProcess(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return start;
    }

    public static async Task<CliResult> ChildAsync(IEnumerable<string> args, TimeSpan timeout)
    {
        using var process = Process.Start(ChildProcess(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"storyline {string.Join(' ', args.Take(3))} ... did not finish within {timeout}.");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The JSON object on the last stdout line (--json output).</summary>
    public JsonElement Json()
    {
        Assert.True(OutLines.Length > 0, $"No output. stderr: {Error}");
        return JsonDocument.Parse(OutLines[^1]).RootElement;
    }

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}
