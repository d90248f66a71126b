using Microsoft.Playwright;

namespace Storyline.Web.Tests.Browser;

/// <summary>
/// Starts Debian's Chromium (installed by .ci/run) through Playwright. Playwright's own browser
/// download is never used: it cannot reach its CDN here, and CI must test the browser it installs.
/// </summary>
internal static class ChromiumLauncher
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Headless, and without the background connections this machine's closed network refuses.</summary>
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}: the browser tests need Debian's chromium package " +
                "(`apt-get install -y chromium`, which .ci/run does). Never `playwright install`.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                Timeout = 60_000,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
