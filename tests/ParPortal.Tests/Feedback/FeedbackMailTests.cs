using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using ParPortal.Tests.Infrastructure;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ParPortal.Tests.Feedback;

/// <summary>E-mail to the citizen, through a real SMTP conversation with a sink this test starts on 127.0.0.1.</summary>
public sealed class FeedbackMailTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _messages = new();
    private readonly int _port = FreePort();
    private ParPortalFactory _factory = null!;
    private Task _server = Task.CompletedTask;

    public Task InitializeAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, _port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Sink(_messages));
        _server = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        _factory = new MailFactory(_port);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _stop.CancelAsync();
        try
        {
            await _server;
        }
        catch (OperationCanceledException)
        {
        }
    }

    [Fact]
    public async Task Citizen_GetsReceiptAndAnswerMails_WhenSmtpIsConfigured()
    {
        var (editor, unitA, _) = await _factory.WorkflowClientsAsync();
        var code = await _factory.Browser().SubmitQuestionAsync("Hồ sơ đăng ký xe cần bản sao hay bản chính?");

        var receipt = await WaitForAsync(m => Decode(m).Contains(code));
        Assert.Contains(FeedbackTestData.Email, receipt);
        Assert.Contains("Hạn trả lời", Decode(receipt));

        await FeedbackTestData.AnswerAndApproveAsync(editor, unitA, await _factory.ItemIdAsync(code), "Nộp bản sao có chứng thực hoặc bản chính để đối chiếu.");
        var answer = await WaitForAsync(m => Decode(m).Contains("bản chính để đối chiếu"));
        Assert.Contains("https://cchc.example.gov.vn/hoi-dap/", Decode(answer));
        Assert.Equal(2, _messages.Count);
        Assert.DoesNotContain(_factory.Logs.Entries, e => e.Contains(FeedbackTestData.Email));
    }

    private async Task<string> WaitForAsync(Func<string, bool> match)
    {
        for (var i = 0; i < 100; i++)
        {
            if (_messages.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No matching mail within 10 s; got {_messages.Count}: {string.Join("\n---\n", _messages)}");
    }

    /// <summary>The message with its quoted-printable or base64 body decoded, through MimeKit.</summary>
    private static string Decode(string raw)
    {
        var message = MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
        return message.Subject + "\n" + message.TextBody;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class MailFactory(int port) : ParPortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ParPortal:Feedback:Mail:Host", "127.0.0.1");
            builder.UseSetting("ParPortal:Feedback:Mail:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("ParPortal:Feedback:Mail:Security", "None");
            builder.UseSetting("ParPortal:Feedback:Mail:From", "cchc@example.gov.vn");
            builder.UseSetting("ParPortal:Feedback:Mail:PublicBaseUrl", "https://cchc.example.gov.vn");
        }
    }

    private sealed class Sink(ConcurrentQueue<string> messages) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            messages.Enqueue(Encoding.UTF8.GetString(buffer.ToArray()));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
