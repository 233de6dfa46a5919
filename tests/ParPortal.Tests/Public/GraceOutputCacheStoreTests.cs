using System.Text;
using Microsoft.AspNetCore.OutputCaching;
using ParPortal.Features.Public;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Public;

/// <summary>
/// Stale while revalidate: a page marked stale is rendered anew by the first request that asks for it, while the
/// others get its last copy; never longer than the grace; pages evicted outright are gone for everyone.
/// </summary>
public sealed class GraceOutputCacheStoreTests
{
    private const string List = "GET/tin-bai", Home = "GET/", Other = "GET/van-ban";
    private const string ListTag = "page:/tin-bai", HomeTag = "page:/", OtherTag = "page:/van-ban";

    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
    private readonly GraceOutputCacheStore _store;

    public GraceOutputCacheStoreTests()
    {
        _store = new GraceOutputCacheStore(new TaggedStore(), _clock);
    }

    [Fact]
    public async Task MarkStale_ServesTheLastCopyToOthers_WhileTheFirstRequestRendersAnew()
    {
        await SetAsync(List, "danh sách cũ", ListTag, HomeTag);

        await _store.MarkStaleByTagAsync(HomeTag, default);

        Assert.Null(await _store.GetAsync(List, default));
        Assert.Equal("danh sách cũ", await GetTextAsync(List));
        Assert.Equal("danh sách cũ", await GetTextAsync(List));
        await SetAsync(List, "danh sách mới", ListTag, HomeTag);
        Assert.Equal("danh sách mới", await GetTextAsync(List));
    }

    [Fact]
    public async Task MarkStale_LeavesPagesWithoutTheTagAlone()
    {
        await SetAsync(List, "danh sách", ListTag);
        await SetAsync(Other, "văn bản", OtherTag);

        await _store.MarkStaleByTagAsync(ListTag, default);

        Assert.Equal("văn bản", await GetTextAsync(Other));
    }

    [Fact]
    public async Task EvictByTag_RemovesThePageAndItsStaleCopy_ForEveryRequest()
    {
        await SetAsync(List, "danh sách cũ", ListTag, HomeTag);
        await _store.MarkStaleByTagAsync(HomeTag, default);

        await _store.EvictByTagAsync(ListTag, default);

        Assert.Null(await _store.GetAsync(List, default));
        Assert.Null(await _store.GetAsync(List, default));
    }

    [Fact]
    public async Task StaleCopy_IsNoLongerServed_AfterTheGrace()
    {
        await SetAsync(Home, "trang chủ cũ", HomeTag);
        await _store.MarkStaleByTagAsync(HomeTag, default);
        Assert.Null(await _store.GetAsync(Home, default));

        _clock.Advance(GraceOutputCacheStore.Grace + TimeSpan.FromMilliseconds(1));

        Assert.Null(await _store.GetAsync(Home, default));
        Assert.Null(await _store.GetAsync(Home, default));
    }

    [Fact]
    public async Task RenderClaim_PassesToTheNextRequest_WhenTheFirstRenderWasNotStored()
    {
        await SetAsync(Home, "trang chủ cũ", HomeTag);
        await _store.MarkStaleByTagAsync(HomeTag, default);
        Assert.Null(await _store.GetAsync(Home, default));
        Assert.Equal("trang chủ cũ", await GetTextAsync(Home));

        _clock.Advance(GraceOutputCacheStore.RenderClaim + TimeSpan.FromMilliseconds(1));

        Assert.Null(await _store.GetAsync(Home, default));
        Assert.Equal("trang chủ cũ", await GetTextAsync(Home));
    }

    [Fact]
    public async Task MarkStale_AgainGivesTheNextRequestTheRender_SinceARenderUnderWayShowsTheOlderState()
    {
        await SetAsync(Home, "trang chủ cũ", HomeTag);
        await _store.MarkStaleByTagAsync(HomeTag, default);
        Assert.Null(await _store.GetAsync(Home, default));

        await _store.MarkStaleByTagAsync(HomeTag, default);

        Assert.Null(await _store.GetAsync(Home, default));
        Assert.Equal("trang chủ cũ", await GetTextAsync(Home));
    }

    private ValueTask SetAsync(string key, string text, params string[] tags) =>
        _store.SetAsync(key, Encoding.UTF8.GetBytes(text), tags, TimeSpan.FromMinutes(10), default);

    private async Task<string?> GetTextAsync(string key) =>
        await _store.GetAsync(key, default) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>An in-memory store with tags, as the framework's (which is internal) behaves for these calls.</summary>
    private sealed class TaggedStore : IOutputCacheStore
    {
        private readonly Dictionary<string, (byte[] Value, string[] Tags)> _entries = [];

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
            ValueTask.FromResult(_entries.TryGetValue(key, out var e) ? e.Value : null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            _entries[key] = (value, tags ?? []);
            return ValueTask.CompletedTask;
        }

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            foreach (var key in _entries.Where(e => e.Value.Tags.Contains(tag)).Select(e => e.Key).ToList())
            {
                _entries.Remove(key);
            }

            return ValueTask.CompletedTask;
        }
    }
}
