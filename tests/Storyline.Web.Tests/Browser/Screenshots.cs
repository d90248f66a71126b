using Microsoft.Playwright;
using Storyline.Web.Tests.Api;

namespace Storyline.Web.Tests.Browser;

/// <summary>Full-page screenshots saved as test artefacts under artifacts/screenshots (gitignored).</summary>
internal static class Screenshots
{
    public static string Folder { get; } = CreateFolder();

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
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
