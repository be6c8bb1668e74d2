using System.Globalization;
using Idocs.Testing.Databases;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Hosting;

/// <summary>
/// The platform on PostgreSQL (<c>IDOCS_TEST_POSTGRES</c>) on a loopback port, plus Chromium. Tests
/// that use it are skipped when Chromium or the PostgreSQL server is missing.
/// </summary>
public abstract class PlatformFixture : IAsyncLifetime
{
    private readonly PostgreSqlDatabaseFixture _database = new();
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "idocs-browser-" + Guid.NewGuid().ToString("N"));
    private PlatformHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _baseAddress;

    /// <summary>Why the tests cannot run here, or null when the platform and the browser are up.</summary>
    public string? SkipReason { get; private set; }

    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException(SkipReason ?? "The platform has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(SkipReason ?? "The browser has not started.");

    /// <summary>The connection string of this platform's own PostgreSQL database, for tests that seed rows directly.</summary>
    public string ConnectionString => _database.ConnectionString;

    /// <summary>The platform's services, for tests that prepare state no HTTP endpoint offers (such as a billing plan) or check what a page changed in storage.</summary>
    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException(SkipReason ?? "The platform has not started.");

    /// <summary>The data folder of this platform instance; demo keys are under <c>demo-keys</c>.</summary>
    public string DataDirectory => _dataDirectory;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            SkipReason = $"Chromium is not installed at {Chromium.ExecutablePath}; install Debian's chromium package to run browser tests.";
            return;
        }

        await _database.InitializeAsync();
        if (_database.UnavailableReason is not null)
        {
            SkipReason = _database.UnavailableReason;
            return;
        }

        await StartServersAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = _database.ConnectionString,
            ["Storage:DataDirectory"] = _dataDirectory,

            // Print forms put this address into their QR codes; nothing ever requests it.
            ["PrintForms:VerificationBaseUrl"] = "https://idocs.test",

            // Registration opens a trial account. A Standard trial caps mass actions at 30, which
            // the mass signing tests check whether or not their seed finds the account open.
            ["Billing:TrialPlan"] = "Standard",
        };
        foreach (var (key, value) in PlatformSettings())
        {
            settings[key] = value;
        }

        _host = new PlatformHost(settings);
        _baseAddress = _host.Start();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Args = Chromium.Arguments,
            Headless = true,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await StopServersAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Marks the running test as skipped when the platform could not start here.</summary>
    public void SkipIfUnavailable()
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
        }
    }

    /// <summary>Opens a page in a fresh browser context (no cookies) whose relative URLs resolve against the platform.</summary>
    public async Task<IPage> OpenPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Starts loopback servers the platform's settings point at, such as a test SMTP server, before the platform starts.</summary>
    protected virtual Task StartServersAsync() => Task.CompletedTask;

    /// <summary>Stops what <see cref="StartServersAsync"/> started, after the platform stopped.</summary>
    protected virtual ValueTask StopServersAsync() => ValueTask.CompletedTask;

    /// <summary>Settings this kind of platform adds, such as demo mode or a signer URL.</summary>
    protected abstract IReadOnlyDictionary<string, string?> PlatformSettings();

    protected static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
