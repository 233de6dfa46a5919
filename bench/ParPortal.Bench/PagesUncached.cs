using System.Diagnostics;
using System.Net.Http.Headers;

namespace ParPortal.Bench;

/// <summary>
/// Uncached renders: each page type fetched one request at a time with an <c>Authorization</c> header, which the
/// output-cache policy never serves from or stores in the cache (the public pages ignore the header otherwise), so
/// every request renders the page from the database. Client-measured over loopback, so a few tenths of a millisecond
/// of HTTP are included.
/// </summary>
internal static class PagesUncached
{
    public sealed record Result(string Name, string Path, double P50Ms, double P95Ms, int Bytes);

    public static async Task<IReadOnlyList<Result>> MeasureAsync(Uri baseAddress, IEnumerable<(string Name, string Path)> pages, int requests)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "uncached-render");
        var results = new List<Result>();
        foreach (var (name, path) in pages)
        {
            var times = new List<double>(requests);
            var bytes = 0;
            // The first requests JIT the page and warm the database's own cache; they are not counted.
            for (var i = -Math.Max(3, requests / 10); i < requests; i++)
            {
                var sw = Stopwatch.StartNew();
                using var response = await http.GetAsync(path);
                var body = await response.Content.ReadAsByteArrayAsync();
                sw.Stop();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"GET {path}: HTTP {(int)response.StatusCode}");
                }

                if (response.Headers.Age is not null)
                {
                    throw new InvalidOperationException($"GET {path} came from the output cache; the uncached measure is wrong.");
                }

                if (i >= 0)
                {
                    times.Add(sw.Elapsed.TotalMilliseconds);
                    bytes = body.Length;
                }
            }

            times.Sort();
            results.Add(new Result(name, path, times[(times.Count - 1) / 2], times[(int)Math.Ceiling(0.95 * times.Count) - 1], bytes));
        }

        return results;
    }
}
