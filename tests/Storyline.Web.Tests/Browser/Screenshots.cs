using Microsoft.Playwright;
using Storyline.Web.Tests.Api;

namespace Storyline.Web.Tests.Browser;

/// <summary>
/// Screenshots saved as test artefacts under artifacts/screenshots (gitignored) or $STORYLINE_SCREENSHOTS:
/// the whole page, and the viewport alone (what a reader sees before scrolling).
/// </summary>
internal static class Screenshots
{
    public static string Folder { get; } = CreateFolder();

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>The viewport only, scrolled to the top: the page as it first appears.</summary>
    public static async Task<string> SaveViewportAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, $"{name}-viewport.png");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        return path;
    }

    private static string CreateFolder()
    {
        var folder = Environment.GetEnvironmentVariable("STORYLINE_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetDirectoryName(TestStore.Samples())!, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
