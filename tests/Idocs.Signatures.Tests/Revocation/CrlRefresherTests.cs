using Idocs.Signatures.Revocation.Crl;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Signatures.Tests.Revocation;

public sealed class CrlRefresherTests
{
    [Fact]
    public async Task Refresh_FileAndBrokenSources_LoadsFileAndReportsFailures()
    {
        var options = new CrlOptions { DownloadTimeout = TimeSpan.FromSeconds(5) };
        options.Sources.Add(RevocationTestData.PathOf("nca_rsa_test.crl"));
        options.Sources.Add(RevocationTestData.PathOf("missing.crl"));
        options.Sources.Add($"http://127.0.0.1:{LoopbackHttpServer.FreePort()}/crl/none.crl");
        options.Sources.Add(RevocationTestData.PathOf("root_rsa_test.crt"));
        var store = new CrlStore();
        using var http = new HttpClient();

        var report = await new CrlRefresher(http, store, options, NullLogger<CrlRefresher>.Instance)
            .RefreshAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, report.Loaded);
        Assert.Equal(3, report.Failures.Count);
        Assert.Equal(126, store.Get(RevocationTestData.PathOf("nca_rsa_test.crl"))!.EntryCount);
    }

    [Fact]
    public async Task Refresh_SourceFailsLater_KeepsPreviousCrl()
    {
        var path = Path.Combine(Path.GetTempPath(), $"idocs-crl-{Guid.NewGuid():N}.crl");
        File.Copy(RevocationTestData.PathOf("nca_rsa_test.crl"), path);
        var options = new CrlOptions();
        options.Sources.Add(path);
        var store = new CrlStore();
        using var http = new HttpClient();
        var refresher = new CrlRefresher(http, store, options, NullLogger<CrlRefresher>.Instance);

        var first = await refresher.RefreshAsync(TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(path, "garbage"u8.ToArray(), TestContext.Current.CancellationToken);
        var second = await refresher.RefreshAsync(TestContext.Current.CancellationToken);
        File.Delete(path);

        Assert.Equal(1, first.Loaded);
        Assert.Single(second.Failures);
        Assert.NotNull(store.Get(path));
    }
}
