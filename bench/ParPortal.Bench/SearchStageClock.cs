using System.Diagnostics;
using ParPortal.Features.Search;

namespace ParPortal.Bench;

/// <summary>
/// Per-stage wall and thread CPU of the searches it is started around, from the engines' <see cref="SearchStages"/>
/// marks: each mark closes the stage that began at the previous mark (or at <see cref="Begin"/>). Thread CPU is
/// counted only when the stage stayed on one thread (PostgreSQL's awaits may resume elsewhere).
/// </summary>
internal sealed class SearchStageClock
{
    private readonly Dictionary<string, (List<double> Wall, List<double> Cpu)> _stages = [];
    private readonly List<string> _order = [];
    private long _since;
    private double _cpuSince;
    private int _thread;

    /// <summary>Starts timing one search: the next mark closes the first stage.</summary>
    public void Begin()
    {
        _since = Stopwatch.GetTimestamp();
        _cpuSince = CpuMeter.ThreadCpuMs();
        _thread = Environment.CurrentManagedThreadId;
        SearchStages.Current = Mark;
    }

    public static void End() => SearchStages.Current = null;

    private void Mark(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        var cpu = CpuMeter.ThreadCpuMs();
        var sameThread = Environment.CurrentManagedThreadId == _thread;
        if (!_stages.TryGetValue(stage, out var lists))
        {
            _stages[stage] = lists = ([], []);
            _order.Add(stage);
        }
        lists.Wall.Add(Stopwatch.GetElapsedTime(_since, now).TotalMilliseconds);
        if (sameThread && !double.IsNaN(cpu))
        {
            lists.Cpu.Add(cpu - _cpuSince);
        }
        _since = now;
        _cpuSince = cpu;
        _thread = Environment.CurrentManagedThreadId;
    }

    public void Print()
    {
        Console.WriteLine("stages (wall p50 / p95 ms; thread CPU p50 / p95 ms where the stage stayed on one thread):");
        foreach (var stage in _order)
        {
            var (wall, cpu) = _stages[stage];
            var cpuText = cpu.Count == 0 ? "n/a" : $"{SearchBenchmark.Percentile(cpu, 50):F2} / {SearchBenchmark.Percentile(cpu, 95):F2}";
            Console.WriteLine($"  {stage,-10} {SearchBenchmark.Percentile(wall, 50),7:F2} / {SearchBenchmark.Percentile(wall, 95),7:F2}   CPU {cpuText}   ({wall.Count} marks)");
        }
    }
}
