using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ParPortal.Tests.Infrastructure;

/// <summary>
/// Collects the server's warnings and errors so that a test can assert there were none; with a lower
/// <paramref name="minimum"/>, also what a test wants to read (e.g. the first run's progress).
/// </summary>
public sealed class LogCollector(LogLevel minimum = LogLevel.Warning) : ILoggerProvider
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public IEnumerable<string> Warnings => Entries;

    public ILogger CreateLogger(string categoryName) => new Collector(categoryName, Entries, minimum);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<string> entries, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
