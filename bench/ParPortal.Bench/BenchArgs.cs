using System.Globalization;

namespace ParPortal.Bench;

/// <summary>What the plan benches share: options ("--items 500": a number after the name, or the default) and figure lines.</summary>
internal static class BenchArgs
{
    public static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    /// <summary>"  label  min … ms, median … ms" over the runs' times.</summary>
    public static string Line(string label, IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"  {label,-15} min {sorted[0],8:F1} ms, median {sorted[sorted.Count / 2],8:F1} ms");
    }
}
