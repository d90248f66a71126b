namespace Storyline.Web;

/// <summary>
/// The web app's own entry point (<c>dotnet Storyline.Web.dll --Storyline:Database=PATH</c>); it is
/// what WebApplicationFactory hosts in tests. Users run <c>storyline serve</c>, which builds the same
/// app through <see cref="StorylineWebApp.Build(WebOptions, string[])"/>.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task Main(string[] args)
    {
        await using var app = StorylineWebApp.BuildFromConfiguration(args);
        await app.RunAsync();
    }
}
