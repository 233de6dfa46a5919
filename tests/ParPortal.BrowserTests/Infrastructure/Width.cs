using Microsoft.Playwright;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>The two widths every journey runs at: a phone (390×844, touch, mobile viewport) and a desktop.</summary>
public static class Width
{
    public const string Phone = "phone";

    public const string Desktop = "desktop";

    public static BrowserNewContextOptions Options(string width) => width switch
    {
        Phone => new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        },
        Desktop => new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } },
        _ => throw new ArgumentOutOfRangeException(nameof(width), width, "phone or desktop"),
    };
}
