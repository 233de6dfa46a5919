namespace ParPortal.Bench;

/// <summary>A benchmark that prints its figures to standard output and returns an exit code.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args);
}
