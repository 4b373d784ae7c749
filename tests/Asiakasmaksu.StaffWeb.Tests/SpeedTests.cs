using System.Globalization;
using System.Text;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// The speed figures of docs/staff-ui.md, measured in the browser on loopback: the first load of the app
/// (cold, the browser's cache off, and warm) until the sign-in page is drawn, and a client page with 50
/// invoices from the moment its last API answer arrived until its table is drawn, in at most three API calls. The figures are written
/// out (test output and <c>speed.txt</c>); what is asserted is only what a person sees (the 50 invoices).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SpeedTests(StaffWebHost host, ITestOutputHelper output)
{
    private const string Client = "C9999050";

    /// <summary>Resolves with performance.now() once the page's h1 reads arguments[0].</summary>
    private const string WhenHeading = """
        var text = arguments[0], done = arguments[arguments.length - 1];
        (function check() {
            var h = document.querySelector('h1');
            if (h && h.textContent === text) { done(performance.now()); } else { requestAnimationFrame(check); }
        })();
        """;

    [Fact]
    public async Task GivenAClientWith50Invoices_WhenTheAppLoadsAndOpensItsPage_ThenAllAreShownAndTheTimesAreWrittenOut()
    {
        await host.ImportAsync("bench-50.csv", FiftyInvoices());
        var browser = new Browser(host);
        var driver = host.Driver;
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);

        driver.ExecuteCdpCommand("Network.enable", []);
        driver.ExecuteCdpCommand("Network.setCacheDisabled", new Dictionary<string, object?> { ["cacheDisabled"] = true });
        browser.Open("sign-in");
        var cold = Convert.ToDouble(((IJavaScriptExecutor)driver).ExecuteAsyncScript(WhenHeading, "Kirjaudu sisään"), CultureInfo.InvariantCulture);
        driver.ExecuteCdpCommand("Network.setCacheDisabled", new Dictionary<string, object?> { ["cacheDisabled"] = false });
        browser.Open("sign-in");
        var warm = Convert.ToDouble(((IJavaScriptExecutor)driver).ExecuteAsyncScript(WhenHeading, "Kirjaudu sisään"), CultureInfo.InvariantCulture);

        browser.SignIn("sup-kari");
        var js = (IJavaScriptExecutor)driver;
        var measured = (IDictionary<string, object>)js.ExecuteAsyncScript($$"""
            var done = arguments[arguments.length - 1];
            performance.clearResourceTimings();
            var start = performance.now();
            Blazor.navigateTo('/clients/{{Client}}');
            (function check() {
                var h = document.querySelector('h1');
                var rows = document.querySelectorAll('table tbody tr').length;
                if (h && h.textContent === 'Asiakas {{Client}}' && rows === 50 && document.body.textContent.indexOf('Maksukatto') >= 0) {
                    var drawn = performance.now();
                    var api = performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/api/') >= 0; });
                    var last = Math.max.apply(null, api.map(function (e) { return e.responseEnd; }));
                    done({ start: start, drawn: drawn, lastAnswer: last, calls: api.length });
                } else { requestAnimationFrame(check); }
            })();
            """)!;
        var start = Convert.ToDouble(measured["start"], CultureInfo.InvariantCulture);
        var drawn = Convert.ToDouble(measured["drawn"], CultureInfo.InvariantCulture);
        var lastAnswer = Convert.ToDouble(measured["lastAnswer"], CultureInfo.InvariantCulture);
        browser.WaitForHeading($"Asiakas {Client}");
        Assert.Equal(50, driver.FindElements(By.CssSelector("table tbody tr")).Count);
        // One call for the list (its items carry the balance today and the next step), the ceiling and the fee reductions.
        Assert.True(Convert.ToInt32(measured["calls"], CultureInfo.InvariantCulture) <= 3, $"{measured["calls"]} API calls for the client page");

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"first load until the sign-in page is drawn, cache off: {cold:0} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"first load until the sign-in page is drawn, cache warm: {warm:0} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"client page with 50 invoices: {drawn - start:0} ms from navigation to drawn, {measured["calls"]} API calls; {drawn - lastAnswer:0} ms from the last answer's arrival to drawn")
            .ToString();
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "speed.txt"), report);
    }

    private static string FiftyInvoices()
    {
        var lines = new StringBuilder("batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,amount,ceiling,invoice_date\n");
        for (var i = 1; i <= 50; i++)
        {
            lines.Append(CultureInfo.InvariantCulture, $"2026-01-B{i:D2},L{i:D2},{Client},Bertta Benchmark,Kotikatu 1,00100,Helsinki,fi,DOCTOR,2026-01-05,{10 + i}.00,0,2026-01-30\n");
        }

        return lines.ToString();
    }
}
