namespace Idocs.Browser.Tests.Hosting;

/// <summary>Debian's Chromium, which the tests drive instead of a browser Playwright would download.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags for a headless run in a container: no sandbox, no GPU and no calls home.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];
}
