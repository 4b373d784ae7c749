using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Rendering;
using Asiakasmaksu.Rendering.Tests;

namespace Asiakasmaksu.Benchmarks;

/// <summary>
/// The renderer alone, on one thread: every kind of notice in fi, sv and en as an email (subject,
/// text, HTML) and as an HTML letter, over and over. Prints microseconds and bytes allocated per
/// notice, and a SHA-256 of one round of outputs, so that a change to the renderer can show it
/// writes the same bytes as before.
/// </summary>
internal static class RenderThroughput
{
    public static int Run(int count)
    {
        var renderer = new NoticeRenderer(IssuerProfile.Example);
        var notices = Enum.GetValues<Language>().SelectMany(TestNotices.AllKinds).ToList();
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            foreach (var notice in notices)
            {
                var email = renderer.Render(notice);
                sha.AppendData(Encoding.UTF8.GetBytes(email.Subject + "\0" + email.Text + "\0" + email.Html + "\0" + renderer.RenderLetterHtml(notice) + "\0"));
            }

            Console.WriteLine($"render: outputs of {notices.Count} notices (every kind in fi, sv, en; email and HTML letter) have SHA-256 {Convert.ToHexString(sha.GetHashAndReset())}");
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var notice = notices[i % notices.Count];
            _ = renderer.Render(notice);
            _ = renderer.RenderLetterHtml(notice);
        }

        var elapsed = watch.Elapsed;
        Console.WriteLine($"render: {count:#,0} notices, each as an email and an HTML letter, in {elapsed.TotalSeconds:0.00} s = {elapsed.TotalMicroseconds / count:0} µs a notice " +
            $"(CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s), {(GC.GetAllocatedBytesForCurrentThread() - allocated) / count / 1024.0:0} KiB allocated a notice");

        // The PDF letter, what the dispatcher stores for printing by default: fewer, it is the slow one.
        var pdfs = Math.Max(1, count / 10);
        _ = renderer.RenderLetterPdf(notices[0]);
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
        for (var i = 0; i < pdfs; i++)
        {
            _ = renderer.RenderLetterPdf(notices[i % notices.Count]);
        }

        elapsed = watch.Elapsed;
        Console.WriteLine($"render: {pdfs:#,0} PDF letters in {elapsed.TotalSeconds:0.00} s = {elapsed.TotalMilliseconds / pdfs:0.0} ms a letter (CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s)");
        return 0;
    }
}
