using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Recipes;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Recipes;

/// <summary>A recipe's settings step obeys the admin form's rules and changes only the fields it names.</summary>
public sealed class RecipeSettingsTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=")]
    [InlineData("//evil.example/logo.png")]
    public async Task SettingsStep_FailsNamingLogoUrlAndChangesNothing_WhenTheLogoIsNotALink(string logo)
    {
        await ImportAsync(Settings("""{ "siteName": "Chuyên mục CCHC", "agencyName": "Sở Thử", "logoUrl": "/media/logo.png" }"""));

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(Settings($$"""{ "logoUrl": "{{logo}}" }""")));

        Assert.Contains("logoUrl", error.Message);
        Assert.Equal("/media/logo.png", (await SettingsAsync()).LogoUrl);
    }

    [Fact]
    public async Task SettingsStep_KeepsTheFieldsItOmits_WhenItSetsOnlySome()
    {
        await ImportAsync(Settings("""{ "siteName": "Chuyên mục CCHC", "agencyName": "Sở Thử", "agencyAddress": "Số 1 Lê Duẩn", "agencyPhone": "0233 3852 000", "agencyEmail": "so@example.gov.vn" }"""));

        await ImportAsync(Settings("""{ "logoUrl": "/media/logo.png" }"""));

        var s = await SettingsAsync();
        Assert.Equal(("Chuyên mục CCHC", "Sở Thử", "Số 1 Lê Duẩn", "0233 3852 000", "so@example.gov.vn", "/media/logo.png"),
            (s.SiteName, s.AgencyName, s.AgencyAddress, s.AgencyPhone, s.AgencyEmail, s.LogoUrl));
    }

    private static string Settings(string settings) => $$"""{ "name": "cau-hinh", "steps": [ { "step": "settings", "settings": {{settings}} } ] }""";

    private async Task ImportAsync(string json)
    {
        _ = _factory.Server;
        await using var scope = _factory.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportAsync(json, "test");
    }

    private async Task<ParPortal.Features.Settings.SiteSettings> SettingsAsync()
    {
        await using var scope = _factory.Scope();
        return await _factory.Db(scope).SiteSettings.AsNoTracking().SingleAsync();
    }
}
