using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.TestPki;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Signatures.Tests.Integration;

/// <summary>Builds the services of <c>AddIdocsSignatures</c> from an in-memory configuration.</summary>
internal static class SignaturesHost
{
    public static ServiceProvider Create(IEnumerable<string> anchors, IEnumerable<string> intermediates, IDictionary<string, string?>? extra = null)
    {
        var values = new Dictionary<string, string?>();
        var index = 0;
        foreach (var anchor in anchors)
        {
            values[$"Signatures:Trust:TrustAnchorFiles:{index++}"] = anchor;
        }

        index = 0;
        foreach (var intermediate in intermediates)
        {
            values[$"Signatures:Trust:IntermediateFiles:{index++}"] = intermediate;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIdocsSignatures(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Trusts the test PKI's roots, reads its CRLs once (as the host's refresh job would) and leaves OCSP to the responder its certificates name.</summary>
    public static async Task<ServiceProvider> ForTestPkiAsync(TestPkiStore store)
    {
        var crls = new Dictionary<string, string?>();
        var names = new[] { "rsa", "rsa-root", "gost", "gost-root" };
        for (var i = 0; i < names.Length; i++)
        {
            crls[$"Signatures:Crl:Sources:{i}"] = new Uri(store.BaseUrl, $"crl/{names[i]}.crl").ToString();
        }

        var services = Create(store.RootCertificateFiles(), store.IssuingCaCertificateFiles(), crls);
        var refresh = await services.GetRequiredService<CrlRefresher>().RefreshAsync(TestContext.Current.CancellationToken);
        Assert.Equal(names.Length, refresh.Loaded);
        return services;
    }
}
