using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Feedback;

/// <summary>The submitter's contact never reaches the logs, at any level the host writes; the API is described in OpenAPI.</summary>
public sealed class FeedbackPrivacyTests : IDisposable
{
    private readonly AllLogsFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Contact_NeverAppearsInLogs_ThroughSubmissionAndAnswer()
    {
        var (editor, unitA, _) = await _factory.WorkflowClientsAsync();
        var code = await _factory.Browser().SubmitQuestionAsync("Câu hỏi để kiểm tra nhật ký");
        await FeedbackTestData.AnswerAndApproveAsync(editor, unitA, await _factory.ItemIdAsync(code), "Trả lời.");

        Assert.NotEmpty(_factory.All);
        foreach (var secret in new[] { FeedbackTestData.Email, FeedbackTestData.Phone, FeedbackTestData.Name })
        {
            Assert.DoesNotContain(_factory.All, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task OpenApi_DescribesTheFeedbackEndpoints()
    {
        var doc = await _factory.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/feedback", "/api/feedback/{id}/assign", "/api/feedback/{id}/answer", "/api/feedback/{id}/approve", "/api/feedback/{id}/close", "/api/feedback/statistics", "/api/feedback/track/{code}", "/api/ratings" })
        {
            Assert.Contains($"\"{path}\"", doc);
        }
    }

    private sealed class AllLogsFactory : ParPortalFactory
    {
        public ConcurrentQueue<string> All { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Debug).AddProvider(new Everything(All)));
        }
    }

    private sealed class Everything(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");

        public void Dispose()
        {
        }
    }
}
