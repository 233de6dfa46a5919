using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPortal.Features.RichText;

namespace ParPortal.Tests.RichText;

/// <summary>AddParPortalRichText binds the options section and registers one shared sanitizer.</summary>
public sealed class RichTextRegistrationTests
{
    [Fact]
    public void AddParPortalRichText_BindsOptionsAndRegistersSingleton_WhenSectionIsConfigured()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ParPortal:RichText:AllowedIframeHosts:0"] = "www.youtube.com",
            ["ParPortal:RichText:MediaPathPrefix"] = "/tep/",
        }).Build();
        using var provider = new ServiceCollection().AddParPortalRichText(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<RichTextOptions>>().Value;
        var sanitizer = provider.GetRequiredService<HtmlSanitizer>();

        Assert.Equal(["www.youtube.com"], options.AllowedIframeHosts);
        Assert.Same(sanitizer, provider.GetRequiredService<HtmlSanitizer>());
        Assert.Contains("src=\"/tep/a.png\"", sanitizer.Sanitize("<img src=\"/tep/a.png\" alt=\"a\">"));
        Assert.Contains("<iframe src=\"https://www.youtube.com/embed/x\"", sanitizer.Sanitize("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>"));
    }
}
