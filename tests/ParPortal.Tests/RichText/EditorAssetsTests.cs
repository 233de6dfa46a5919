using System.Net;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.RichText;

/// <summary>The editor files copied by the build are served as the module's static web assets.</summary>
public sealed class EditorAssetsTests(ParPortalFactory factory) : IClassFixture<ParPortalFactory>
{
    [Theory]
    [InlineData("/_content/ParPortal/lib/editor/jodit.min.js", "Jodit")]
    [InlineData("/_content/ParPortal/lib/editor/jodit.min.css", "jodit")]
    [InlineData("/_content/ParPortal/js/editor.js", "data-richtext")]
    public async Task Host_ServesEditorFile_WhenRequestedUnderContentPath(string path, string expected)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }
}
