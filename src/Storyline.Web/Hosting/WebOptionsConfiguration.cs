using Microsoft.Extensions.Configuration;

using Storyline.Web.Security;

namespace Storyline.Web.Hosting;

/// <summary>
/// <see cref="WebOptions"/> from configuration (section "Storyline": Database, Token, TokenFile,
/// AllowPrivateAddresses), for the app's own entry point and for tests hosting it; the token may
/// also come from the environment variable STORYLINE_TOKEN.
/// </summary>
public static class WebOptionsConfiguration
{
    public const string Section = "Storyline";

    public static WebOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var database = section["Database"];
        if (string.IsNullOrWhiteSpace(database))
        {
            throw new InvalidOperationException("No store configured: set Storyline:Database (or run `storyline serve --db PATH`).");
        }

        var token = section["Token"] ?? Environment.GetEnvironmentVariable(WriteTokens.EnvironmentVariable);
        if (section["TokenFile"] is { Length: > 0 } file)
        {
            token = WriteTokens.ReadFile(file);
        }

        return new WebOptions
        {
            DatabasePath = database,
            WriteToken = string.IsNullOrWhiteSpace(token) ? null : token.Trim(),
            AllowPrivateAddresses = bool.TryParse(section["AllowPrivateAddresses"], out var allow) && allow,
        };
    }
}
