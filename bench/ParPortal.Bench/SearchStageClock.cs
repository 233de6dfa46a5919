using System.Diagnostics;
using ParPortal.Features.Search;

namespace ParPortal.Bench;

/// <summary>
/// Per-stage wall and CPU of the searches it is started around, from the engines' <see cref="SearchStages"/>
/// marks: each mark closes the stage that began at the previous mark (or at <see cref="Begin"/>). CPU is the
/// process's (every thread: a Lucene search may run parts on pool threads, PostgreSQL's awaits resume elsewhere).
/// </summary>
internal sealed class SearchStageClock
{
    private readonly Dictionary<string, (List<double> Wall, List<double> Cpu)> _stages = [];
    private readonly List<string> _order = [];
    private readonly Dictionary<string, Dictionary<string, List<double>>> _perSearch = [];
    private readonly Dictionary<string, List<double>> _totals = [];
    private string _label = "";
    private long _since;
    private double _cpuSince;

    /// <summary>Starts timing one search: the next mark closes the first stage.</summary>
    public void Begin(string label = "")
    {
        _label = label;
        _since = Stopwatch.GetTimestamp();
        _cpuSince = CpuMeter.ProcessCpuMs();
        SearchStages.Current = Mark;
    }

    public static void End() => SearchStages.Current = null;

    private void Mark(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        var cpu = CpuMeter.ProcessCpuMs();
        if (!_stages.TryGetValue(stage, out var lists))
        {
            _stages[stage] = lists = ([], []);
            _order.Add(stage);
        }
        lists.Wall.Add(Stopwatch.GetElapsedTime(_since, now).TotalMilliseconds);
        if (!double.IsNaN(cpu))
        {
            lists.Cpu.Add(cpu - _cpuSince);
            if (!_perSearch.TryGetValue(_label, out var search))
            {
                _perSearch[_label] = search = [];
            }
            if (!search.TryGetValue(stage, out var times))
            {
                search[stage] = times = [];
            }
            times.Add(cpu - _cpuSince);
        }
        _since = now;
        _cpuSince = cpu;
    }

    public void Print()
    {
        Console.WriteLine("stages (wall p50 / p95 ms; CPU of the process p50 / p95 ms):");
        foreach (var stage in _order)
        {
            var (wall, cpu) = _stages[stage];
            var cpuText = cpu.Count == 0 ? "n/a" : $"{SearchBenchmark.Percentile(cpu, 50):F2} / {SearchBenchmark.Percentile(cpu, 95):F2}";
            Console.WriteLine($"  {stage,-10} {SearchBenchmark.Percentile(wall, 50),7:F2} / {SearchBenchmark.Percentile(wall, 95),7:F2}   CPU {cpuText}   ({wall.Count} marks)");
        }
    }

    /// <summary>Per search, each stage's CPU (median of its runs): where the slowest searches spend it.</summary>
    public void PrintPerSearch(IEnumerable<string> labels)
    {
        Console.WriteLine("stages of the slowest searches (CPU ms, median of runs): " + string.Join(", ", _order));
        foreach (var label in labels)
        {
            if (_perSearch.TryGetValue(label, out var search))
            {
                var cells = _order.Select(s => search.TryGetValue(s, out var t) ? SearchBenchmark.Percentile(t, 50).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "-");
                Console.WriteLine($"  {string.Join(" / ", cells)}  {label}");
            }
        }
    }

    /// <summary>Records one search's whole CPU.</summary>
    public void Total(string label, double cpuMs) => (_totals.TryGetValue(label, out var own) ? own : _totals[label] = []).Add(cpuMs);

    /// <summary>
    /// The searches with the highest median CPU and their stages. Wall order follows the load on a shared
    /// machine; the p95 of 60–80 searches is decided by the few costliest.
    /// </summary>
    public void PrintCostliest(int count)
    {
        var costliest = _totals.Select(t => (Label: t.Key, Cpu: SearchBenchmark.Percentile(t.Value, 50))).OrderByDescending(t => t.Cpu).Take(count).ToList();
        Console.WriteLine("costliest searches (CPU, median of runs): " + string.Join(", ", costliest.Select(c => $"{c.Label} {c.Cpu:F1}")));
        PrintPerSearch(costliest.Select(c => c.Label));
    }
}
