using System.Diagnostics;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using OpenQA.Selenium;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>Steps the tests of the second set of forms share: opening a client's invoice, a change by someone else through the API, a bank file beside serve.</summary>
internal static class FormSteps
{
    /// <summary>Opens <paramref name="clientId"/>'s page and its first invoice; returns the invoice's id.</summary>
    public static string OpenFirstInvoice(Browser browser, string clientId)
    {
        browser.Open($"clients/{clientId}");
        browser.WaitForHeading($"Asiakas {clientId}");
        browser.WaitForText("Maksukatto");
        var link = browser.Driver.FindElements(By.CssSelector("table a")).First();
        var invoiceId = link.Text;
        link.Click();
        browser.WaitForHeading($"Lasku {invoiceId}");
        browser.WaitForText("Tapahtumat");
        return invoiceId;
    }

    /// <summary>Records a cash-desk payment through the API with <paramref name="key"/>, as another person would.</summary>
    public static async Task PayAsync(StaffWebHost host, string invoiceId, string key, string amount)
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/invoices/{invoiceId}/payments")
        {
            Content = new StringContent($$"""{"amount":"{{amount}}","paidOn":"2026-02-09","reference":"cash desk"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var reply = await http.SendAsync(request);
        Assert.True(reply.IsSuccessStatusCode, $"payment: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// Applies a bank payment file with <c>payments</c> beside serve, on serve's storage. The host keeps its
    /// environment (Azurite's connection string, the table prefix) to itself, so it is read here by reflection:
    /// this file is new beside <see cref="StaffWebHost"/>, which another change owns.
    /// </summary>
    public static async Task PaymentsAsync(StaffWebHost host, string name, string content)
    {
        var environment = (Dictionary<string, string>)typeof(StaffWebHost).GetField("environment", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(host)!;
        var folder = Path.Combine(Path.GetTempPath(), "asiakasmaksu-staffweb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, name);
            await File.WriteAllTextAsync(file, content);
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "asiakasmaksu.dll"));
            start.ArgumentList.Add("payments");
            start.ArgumentList.Add(file);
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }

            using var run = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            var output = run.StandardOutput.ReadToEndAsync();
            var errors = run.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await run.WaitForExitAsync(limit.Token);
            Assert.True(run.ExitCode == 0, $"payments {name} exited {run.ExitCode}: {await output} {await errors}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
