using Idocs.Signatures.Revocation.Crl;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Web.Tests.Signatures;

public class CrlRefreshServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_ConfiguredCrlFile_LoadsItIntoStore()
    {
        var crlPath = Path.Combine(AppContext.BaseDirectory, "TestData", "nca_rsa_test.crl");
        await using var factory = new IdocsWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Signatures:Crl:Sources:0"] = crlPath,
        });
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<CrlStore>();

        var loaded = await WaitForCrlAsync(store, crlPath);

        Assert.NotNull(loaded);
        Assert.Equal(126, loaded.EntryCount);
    }

    [Fact]
    public async Task Start_NoCrlSources_HostStaysReady()
    {
        await using var factory = new IdocsWebApplicationFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready", Token);

        Assert.True(response.IsSuccessStatusCode, $"readiness answered {(int)response.StatusCode}");
    }

    private static async Task<IndexedCrl?> WaitForCrlAsync(CrlStore store, string source)
    {
        // The refresh runs in a background service, so the first load may end shortly after start.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var crl = store.Get(source);
            if (crl is not null)
            {
                return crl;
            }

            await Task.Delay(100, Token);
        }

        return null;
    }
}
