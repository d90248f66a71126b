using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storyline.Web.Api;
using Storyline.Web.Hosting;
using Storyline.Web.Pages;
using Storyline.Web.Security;

namespace Storyline.Web;

/// <summary>
/// The whole web app, wired in one place: services, middleware (security headers on every
/// response, problem+json errors), the JSON API under /api, the OpenAPI document at
/// /openapi/v1.json, and the static pages from wwwroot.
/// </summary>
public static class StorylineWebApp
{
    /// <summary>The app for <c>storyline serve</c>: listens on <see cref="WebOptions.Host"/>:<see cref="WebOptions.Port"/>.</summary>
    public static WebApplication Build(WebOptions options, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = CreateBuilder(args ?? []);
        builder.WebHost.UseUrls($"http://{(options.Host.Contains(':', StringComparison.Ordinal) ? $"[{options.Host}]" : options.Host)}:{options.Port}");
        return Build(builder, _ => options);
    }

    /// <summary>The app with its options read from configuration (<see cref="WebOptionsConfiguration"/>): the entry point's, and tests'.</summary>
    public static WebApplication BuildFromConfiguration(string[] args) =>
        Build(CreateBuilder(args), WebOptionsConfiguration.Read);

    private static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });

        // Request lines are not logged (URLs may hold search words; headers hold the token), only warnings.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = RequestBodies.MaxBytes + 1;
        });
        return builder;
    }

    private static WebApplication Build(WebApplicationBuilder builder, Func<IConfiguration, WebOptions> options)
    {
        // Resolved on first use, so configuration added by a test host after this point still applies.
        builder.Services.AddSingleton(services => options(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<StorylineData>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapStorylinePages();

        var api = app.MapGroup("/api").WithTags("Storyline");
        StoryEndpoints.Map(api);
        ExportEndpoints.Map(api);
        ArticleEndpoints.Map(api);
        SearchEndpoints.Map(api);
        FacetEndpoints.Map(api);
        IngestEndpoints.Map(api);
        return app;
    }
}
