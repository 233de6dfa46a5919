namespace ParPortal.Features.Search;

/// <summary>
/// Where a search spends its time, for the search benchmark's per-stage figures: each engine calls
/// <see cref="Mark"/> as a stage ends. Nothing listens in the site (the hook is null and a mark costs one read).
/// An AsyncLocal rather than a thread-static so that PostgreSQL's awaits keep the listener.
/// </summary>
internal static class SearchStages
{
    private static readonly AsyncLocal<Action<string>?> Listener = new();

    /// <summary>Called with each stage's name when the stage ends; set by the benchmark around one search.</summary>
    public static Action<string>? Current
    {
        get => Listener.Value;
        set => Listener.Value = value;
    }

    public static void Mark(string stage) => Listener.Value?.Invoke(stage);
}
