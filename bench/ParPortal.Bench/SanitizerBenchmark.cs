using System.Diagnostics;
using System.Text;
using ParPortal.Features.RichText;

namespace ParPortal.Bench;

/// <summary>Times the HTML sanitizer on a 5 MB article of Word-like markup, 10,000 levels of nesting and hostile 5 MB shapes.</summary>
public sealed class SanitizerBenchmark : IBenchmark
{
    public string Name => "sanitizer";

    public string Description => "HtmlSanitizer.Sanitize on 5 MB of Word-like HTML, deep nesting and dense markup (limit: 1 s of CPU per case)";

    public Task<int> RunAsync(string[] args)
    {
        var sanitizer = new HtmlSanitizer(new RichTextOptions { AllowedIframeHosts = ["www.youtube.com"] });
        var scale = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1.0;
        var mb = (int)(5 * 1024 * 1024 * scale);
        var cases = new (string Name, string Html)[]
        {
            ("word-like 5 MB", WordLike(mb)),
            ("nested divs 10,000", Repeat("<div>", 10_000) + "sâu" + Repeat("</div>", 10_000)),
            ("unclosed <b><i> 5 MB", Repeat("<b><i>x ", mb / 8)),
            ("nested tables 2,000", Repeat("<table><tr><td>", 2_000) + "ô"),
            // Shapes that make the HTML5 tree builder slow: unclosed tables and lists nest on every repetition, and
            // dense small elements build over a million DOM nodes.
            ("unclosed tables 5 MB", Repeat("<table><tr><td>ô ", mb / 17)),
            ("unclosed lists 5 MB", Repeat("<ul><li>mục ", mb / 12)),
            ("flat <li> 5 MB", "<ul>" + Repeat("<li>mục ", mb / 8)),
            ("<br> 5 MB", Repeat("<br>", mb / 4)),
            ("<p> with attrs 5 MB", Repeat("<p class=MsoNormal style='margin:0;text-align:center' lang=VI id=p1 data-x=1>đoạn văn</p>", mb / 82)),
        };

        // One warm-up pass so that the JIT is not measured.
        sanitizer.Sanitize(cases[0].Html[..100_000]);
        var failed = false;
        foreach (var (name, html) in cases)
        {
            Console.Out.Flush();
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            var length = 0;
            for (var run = 0; run < 3; run++)
            {
                // CPU time is printed beside wall time because five other builds share these two cores.
                // Process CPU, not thread CPU: the background garbage collector works for the sanitizer on another thread.
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                length = sanitizer.Sanitize(html).Length;
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
                bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            }
            // Plain text parses the same way and then walks cheaply, so it shows what the parse alone costs.
            var plainCpu = Process.GetCurrentProcess().TotalProcessorTime;
            sanitizer.ToPlainText(html);
            var plainMs = (Process.GetCurrentProcess().TotalProcessorTime - plainCpu).TotalMilliseconds;
            // Judged on CPU time: wall time on this shared 2-core box mostly measures the other builds.
            failed |= bestCpu > 1000;
            Console.WriteLine($"{name,-22} input {html.Length / 1024.0 / 1024.0,6:F2} MB  output {length / 1024.0 / 1024.0,6:F2} MB  " +
                              $"sanitize best of 3 {best,6:F0} ms wall {bestCpu,6:F0} ms CPU  plain text {plainMs,6:F0} ms CPU");
        }
        Console.WriteLine(failed ? "FAIL: a case used more than 1 s of CPU" : "OK: every case within 1 s of CPU");
        return Task.FromResult(failed ? 1 : 0);
    }

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    private static string WordLike(int size)
    {
        const string Block =
            "<h1 class=MsoTitle>Kế hoạch tuyên truyền cải cách hành chính năm 2026</h1>\n" +
            "<p class=MsoNormal style='text-align:justify;mso-line-height-alt:12pt'><span lang=VI style='font-size:13pt'>" +
            "Thực hiện Kế hoạch số 826/KH-UBND, <b>Sở Giao thông vận tải</b> ban hành kế hoạch &amp; <o:p></o:p></span></p>\n" +
            "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span><![endif]>Tin, bài về TTHC</p>\n" +
            "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp;</span></span><![endif]>Hỏi đáp <a href=\"https://dichvucong.gov.vn\" target=_blank>Cổng DVCQG</a></p>\n" +
            "<table class=MsoTableGrid border=1><tr><td rowspan=2 style='width:100pt'><p>STT</p></td><td colspan=2>Nội dung <img src=x onerror=alert(1)></td></tr>" +
            "<tr><td>Đơn vị chủ trì</td><td><script>alert(1)</script>Thời gian</td></tr></table>\n";
        var sb = new StringBuilder(size + Block.Length);
        while (sb.Length < size)
        {
            sb.Append(Block);
        }
        return sb.ToString();
    }
}
