using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParPortal.Hosting;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Hosting;

/// <summary>
/// The site hands freed native memory back: a trim releases pages that glibc would otherwise keep (freed blocks between
/// blocks still in use, which glibc's own trimming of a heap's top cannot reach), and the site runs the trimmer.
/// </summary>
public sealed class NativeHeapTrimmerTests
{
    [Fact]
    public void A_trim_returns_freed_native_blocks_to_the_system()
    {
        // 64 MB in 4 KB blocks (below glibc's mmap threshold, so they come from an arena); every 64th stays allocated
        // while the others are freed, so the freed runs lie between blocks in use, where glibc's own trimming of a
        // heap's top never reaches.
        var blocks = new IntPtr[16_384];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(4096);
            // Touched, so the pages are resident.
            Marshal.WriteByte(blocks[i], 0, 1);
            Marshal.WriteByte(blocks[i], 4095, 1);
        }
        try
        {
            for (var i = 0; i < blocks.Length; i++)
            {
                if (i % 64 != 63)
                {
                    Marshal.FreeHGlobal(blocks[i]);
                    blocks[i] = IntPtr.Zero;
                }
            }
            var before = ResidentAnonymousKb();
            Assert.True(NativeHeapTrimmer.Trim());
            var after = ResidentAnonymousKb();
            Assert.True(before - after >= 32 * 1024, $"a trim released {before - after:N0} KB of the 64,512 KB freed ({before:N0} → {after:N0} KB)");
        }
        finally
        {
            foreach (var block in blocks.Where(b => b != IntPtr.Zero))
            {
                Marshal.FreeHGlobal(block);
            }
        }
    }

    [Fact]
    public void The_site_runs_the_trimmer()
    {
        using var factory = new ParPortalFactory();
        Assert.Single(factory.Services.GetServices<IHostedService>().OfType<NativeHeapTrimmer>());
        Assert.True(NativeHeapTrimmer.Every <= TimeSpan.FromSeconds(10), "a trim at most every 10 s, within one page benchmark run");
    }

    private static long ResidentAnonymousKb()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
        return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
