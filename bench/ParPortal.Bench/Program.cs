using System.Reflection;
using ParPortal.Bench;

// Each benchmark is a class implementing IBenchmark in its own file; this file only dispatches by name so that
// adding a benchmark never touches another's code.
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || benchmarks.All(b => b.Name != args[0]))
{
    Console.WriteLine("Usage: dotnet run -c Release --project bench/ParPortal.Bench -- <benchmark> [options]");
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-16} {b.Description}");
    }
    return args.Length == 0 ? 0 : 2;
}

return await benchmarks.Single(b => b.Name == args[0]).RunAsync(args[1..]);
