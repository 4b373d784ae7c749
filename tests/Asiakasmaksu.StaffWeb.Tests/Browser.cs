using OpenQA.Selenium;
using System.Text.Json;
using Asiakasmaksu.Testing.Docs;
using OpenQA.Selenium.Support.UI;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>What a person does in the browser and what they see: pages by address, headings, texts, fields by label.</summary>
public sealed class Browser(StaffWebHost host)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The driver.</summary>
    public IWebDriver Driver => host.Driver;

    /// <summary>Opens the app at <paramref name="path"/> (relative to its root).</summary>
    public void Open(string path) => Driver.Navigate().GoToUrl(host.BaseUrl + path.TrimStart('/'));

    /// <summary>Starts afresh: nobody signed in, Finnish.</summary>
    public void Reset()
    {
        Open("sign-in");
        ((IJavaScriptExecutor)Driver).ExecuteScript("sessionStorage.clear();");
        Open("sign-in");
        WaitForHeading("Kirjaudu sisään");
    }

    /// <summary>Signs in as <paramref name="staffId"/> by choosing it on the sign-in page.</summary>
    public void SignIn(string staffId)
    {
        Reset();
        Element(By.CssSelector($"label[for='staff-{staffId}']")).Click();
        Button("Kirjaudu").Click();
        WaitForHeading("Hae asiakas tai lasku");
    }

    /// <summary>Waits until the page's h1 is <paramref name="text"/>.</summary>
    public void WaitForHeading(string text) =>
        Wait(() => Driver.FindElements(By.TagName("h1")).Any(h => h.Text == text), $"the heading \"{text}\"");

    /// <summary>Waits until the page shows <paramref name="text"/>.</summary>
    public void WaitForText(string text) =>
        Wait(() => Driver.FindElement(By.TagName("body")).Text.Contains(text, StringComparison.Ordinal), $"the text \"{text}\"");

    /// <summary>The page's text.</summary>
    public string Text => Driver.FindElement(By.TagName("body")).Text;

    /// <summary>The input whose label is <paramref name="label"/> (the label's text starts so).</summary>
    public IWebElement Field(string label)
    {
        IWebElement? found = null;
        Wait(() => (found = Driver.FindElements(By.TagName("label")).FirstOrDefault(l => l.Text.StartsWith(label, StringComparison.Ordinal))) is not null, $"a field \"{label}\"");
        return Driver.FindElement(By.Id(found!.GetAttribute("for")!));
    }

    /// <summary>The button or link-button whose text is <paramref name="text"/>.</summary>
    public IWebElement Button(string text)
    {
        IWebElement? found = null;
        Wait(() => (found = Driver.FindElements(By.CssSelector("button, a.hds-button")).FirstOrDefault(b => b.Text.Trim() == text && b.Displayed)) is not null, $"a button \"{text}\"");
        return found!;
    }

    /// <summary>The element <paramref name="by"/> finds, once the page shows it.</summary>
    public IWebElement Element(By by)
    {
        IWebElement? found = null;
        Wait(() => (found = Driver.FindElements(by).FirstOrDefault(e => e.Displayed)) is not null, $"an element {by}");
        return found!;
    }

    /// <summary>The link whose text is <paramref name="text"/>.</summary>
    public IWebElement Link(string text) => Element(By.LinkText(text));

    /// <summary>Replaces the text of <paramref name="field"/>.</summary>
    public static void Type(IWebElement field, string text)
    {
        field.Clear();
        field.SendKeys(text);
    }

    /// <summary>
    /// Runs axe-core (npm <c>axe-core</c>, pinned in package-lock.json) on the page as it is, with its WCAG 2.0,
    /// 2.1 and 2.2 A and AA rules and its best practices: no violation.
    /// </summary>
    public void AssertAccessible(string page)
    {
        var js = (IJavaScriptExecutor)Driver;
        js.ExecuteScript(AxeSource.Value);
        js.ExecuteScript("window.__axe = null; axe.run(document, { resultTypes: ['violations'] }).then(r => window.__axe = JSON.stringify(r.violations), e => window.__axe = JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));");
        string? json = null;
        Wait(() => (json = js.ExecuteScript("return window.__axe;") as string) is not null, "axe-core's answer");
        using var violations = JsonDocument.Parse(json!);
        var found = violations.RootElement.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact")}): {v.GetProperty("help").GetString()} at " +
            string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("html").GetString()))).ToList();
        Assert.True(found.Count == 0, $"axe-core found violations on {page}:\n{string.Join('\n', found)}");
    }

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Path.Combine(DocPages.RepositoryRoot, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path) ? File.ReadAllText(path) : throw new InvalidOperationException($"axe-core is not at {path}: run 'npm ci' in the repository root (package-lock.json pins it).");
    });

    /// <summary>
    /// Leaves the app's calls to addresses matching <paramref name="patterns"/> (<c>*</c> for any text) without an
    /// answer, as when the network fails, until disposed: the DevTools protocol's blocked URLs, so that the real page
    /// meets a failed read while every other call goes to the real host.
    /// </summary>
    public IDisposable Unanswered(params string[] patterns)
    {
        host.Driver.ExecuteCdpCommand("Network.enable", []);
        host.Driver.ExecuteCdpCommand("Network.setBlockedURLs", new Dictionary<string, object?> { ["urls"] = patterns });
        return new Answered(host);
    }

    /// <summary>Keeps a screenshot of the page as the test's output.</summary>
    public void Shot(string name) =>
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(Path.Combine(host.Screenshots, name + ".png"));

    /// <summary>Waits until <paramref name="done"/> holds (the app renders after its API calls answer).</summary>
    public void Wait(Func<bool> done, string what)
    {
        var wait = new WebDriverWait(Driver, Patience);
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        try
        {
            wait.Until(_ => done());
        }
        catch (WebDriverTimeoutException)
        {
            Shot("failed-" + new string([.. what.Where(char.IsLetterOrDigit)]));
            Assert.Fail($"waited for {what}; the page at {Driver.Url} shows:\n{Text}");
        }
    }

    /// <summary>Answers every call again.</summary>
    private sealed class Answered(StaffWebHost host) : IDisposable
    {
        public void Dispose() => host.Driver.ExecuteCdpCommand("Network.setBlockedURLs", new Dictionary<string, object?> { ["urls"] = Array.Empty<string>() });
    }
}
