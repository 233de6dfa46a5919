using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Plans;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Model;

namespace ParPortal.Bench;

/// <summary>
/// The plan-progress load taken apart (<c>--stages</c>): each read the service makes, timed alone on a fresh context,
/// so that a regression points at its query or its materialisation rather than at "load".
/// </summary>
internal static class PlanProgressStages
{
    public static async Task PrintAsync(DbContextOptions<SqliteParPortalDbContext> options, Guid planId, PlanDefinition plan, DateOnly asOf, int runs)
    {
        var span = PlanSpan.Of(plan);
        var fromUtc = PlanProgressService.LocalMidnightUtc(span.Start);
        var toUtc = PlanProgressService.LocalMidnightUtc((span.End < asOf ? span.End : asOf).AddDays(1));
        var stages = new (string Name, Func<ParPortalDbContext, PlanProgressService, Task> Run)[]
        {
            ("plan", (_, s) => s.LoadPlanAsync(planId)),
            ("rows, all units", (db, _) => PlanItemReader.ReadAsync(db, fromUtc, toUtc, null, default)),
            ("rows, countable", async (db, s) => await PlanItemReader.ReadAsync(db, fromUtc, toUtc, QuotaEngine.CountableUnits(plan, await s.LoadUnitsAsync()) is { } u ? (u, planId) : null, default)),
            ("units", (_, s) => s.LoadUnitsAsync()),
            ("procedures", async (_, s) => await s.LoadProcedureHistoryAsync(asOf, QuotaEngine.AgencyUnits(plan, await s.LoadUnitsAsync()))),
            ("whole input", (_, s) => s.LoadInputAsync(planId, plan, asOf)),
        };
        Console.WriteLine("stages (each alone, fresh context):");
        foreach (var (name, run) in stages)
        {
            var times = new List<double>();
            var cpu = new List<double>();
            for (var i = 0; i < runs + 3; i++)
            {
                await using var db = new SqliteParPortalDbContext(options);
                var service = new PlanProgressService(db, TimeProvider.System);
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                await run(db, service);
                if (i >= 3)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }

            Console.WriteLine(BenchArgs.Line(name, times) + string.Create(System.Globalization.CultureInfo.InvariantCulture, $", CPU min {cpu.Min():F1} ms"));
        }
    }
}
