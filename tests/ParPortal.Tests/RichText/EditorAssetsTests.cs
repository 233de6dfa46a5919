using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ParPortal.Tests.RichText;

/// <summary>The editor files copied by the build are served as the module's static web assets.</summary>
public sealed class EditorAssetsTests
{
    [Theory]
    [InlineData("/_content/ParPortal/lib/editor/jodit.min.js", "Jodit")]
    [InlineData("/_content/ParPortal/lib/editor/jodit.min.css", "jodit")]
    [InlineData("/_content/ParPortal/js/editor.js", "data-richtext")]
    public async Task Host_ServesEditorFile_WhenRequestedUnderContentPath(string path, string expected)
    {
        // The host's own pipeline is the lead's; this adds only static files so that the asset itself is tested.
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, StaticFilesFirst>()));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    private sealed class StaticFilesFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseStaticFiles();
            next(app);
        };
    }
}
