using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Asiakasmaksu.Testing;

/// <summary>
/// A stand-in for the SendGrid API on 127.0.0.1 (a free port): records every request and answers
/// with the status the test sets (202 with an X-Message-Id by default). Bounded: it only serves
/// until disposed, and only on loopback.
/// </summary>
public sealed class SendGridStub : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;

    public SendGridStub()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>Its address, for <c>SendGridOptions.Host</c>.</summary>
    public string Host => $"http://127.0.0.1:{Port}";

    /// <summary>The status it answers with.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.Accepted;

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The notice id (the <c>notice_id</c> custom argument) of every mail sent, one entry per request.</summary>
    public IReadOnlyList<string> NoticeIds =>
        [.. Requests.Select(r => System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("personalizations")[0].GetProperty("custom_args").GetProperty("notice_id").GetString()!)];

    /// <summary>Stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await serving.ConfigureAwait(false);
        }
        catch (HttpListenerException)
        {
            // Stopped while waiting for a request.
        }
        catch (ObjectDisposedException)
        {
            // Closed while waiting for a request.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            var context = await listener.GetContextAsync().ConfigureAwait(false);
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            Requests.Enqueue(new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.Headers["Authorization"],
                context.Request.ContentType,
                body));
            context.Response.StatusCode = (int)Status;
            if (Status == HttpStatusCode.Accepted)
            {
                context.Response.Headers["X-Message-Id"] = "stub-message-1";
            }
            else
            {
                var error = Encoding.UTF8.GetBytes("{\"errors\":[{\"message\":\"try later\"}]}");
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(error).ConfigureAwait(false);
            }

            context.Response.Close();
        }
    }
}

/// <summary>One request the stub received.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? ContentType, string Body);
