using Idocs.Common.Results;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Certificates;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Revocation;
using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.Revocation.Ocsp;
using Idocs.Signatures.Trust;
using Idocs.Signatures.Validation;
using Idocs.Signatures.Xml;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.Signatures;

/// <summary>Registers signature verification, path validation and revocation checking.</summary>
public static class SignaturesServiceCollectionExtensions
{
    /// <summary>
    /// Adds the CMS and XMLDSig verifiers with a trust evaluator built from the <c>Signatures</c>
    /// section. A missing or unreadable trust anchor does not stop the host: every report is then
    /// INDETERMINATE and names the configuration error. The host refreshes CRLs by calling
    /// <see cref="CrlRefresher.RefreshAsync"/> on its own schedule. The host registers logging (AddLogging).
    /// </summary>
    public static IServiceCollection AddIdocsSignatures(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SignaturesOptions>().Bind(configuration.GetSection(SignaturesOptions.SectionName));
        services.AddOptions<TrustOptions>().Bind(configuration.GetSection(TrustOptions.SectionName));
        services.AddOptions<OcspOptions>().Bind(configuration.GetSection(OcspOptions.SectionName));
        services.AddOptions<CrlOptions>().Bind(configuration.GetSection(CrlOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISignatureVerifier, SignatureVerifier>();
        services.TryAddSingleton<SignatureVerifier>();
        services.TryAddSingleton<IXmlDigestCalculator, XmlDigestCalculator>();

        services.TryAddSingleton(sp => new NcaCertificateOptions
        {
            ValidateIdentifierChecksums = sp.GetRequiredService<IOptions<SignaturesOptions>>().Value.ValidateIdentifierChecksums,
        });
        services.TryAddSingleton<NcaCertificateReader>();
        services.TryAddSingleton(sp => new CmsVerificationOptions
        {
            Certificates = sp.GetRequiredService<NcaCertificateOptions>(),
            AllowClaimedSigningTime = sp.GetRequiredService<IOptions<SignaturesOptions>>().Value.AllowClaimedSigningTime,
        });

        AddRevocation(services);

        services.TryAddSingleton<ICertificateTrustEvaluator>(sp => new ChainTrustEvaluator(CreateChainValidator(sp)));
        services.TryAddSingleton(sp => new CmsSignatureVerifier(
            sp.GetRequiredService<CmsVerificationOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ICertificateTrustEvaluator>()));
        services.TryAddSingleton(sp => new XmlSignatureVerifier(
            sp.GetRequiredService<ISignatureVerifier>(),
            sp.GetRequiredService<IXmlDigestCalculator>(),
            logger: sp.GetRequiredService<ILogger<XmlSignatureVerifier>>()));
        services.TryAddSingleton<XmlSignatureValidator>();
        return services;
    }

    private static void AddRevocation(IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<OcspOptions>>().Value);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CrlOptions>>().Value);
        services.TryAddSingleton(sp => new OcspClient(new HttpClient(), sp.GetRequiredService<OcspOptions>()));
        services.TryAddSingleton<OcspResponseValidator>();
        services.TryAddSingleton<OcspCache>();
        services.TryAddSingleton<OcspRevocationSource>();
        services.TryAddSingleton<CrlStore>();
        services.TryAddSingleton<CrlRevocationSource>();
        services.TryAddSingleton(sp => new CrlRefresher(
            new HttpClient { Timeout = sp.GetRequiredService<IOptions<SignaturesOptions>>().Value.CrlDownloadTimeout },
            sp.GetRequiredService<CrlStore>(),
            sp.GetRequiredService<CrlOptions>(),
            sp.GetRequiredService<ILogger<CrlRefresher>>()));
        services.TryAddSingleton<IRevocationSource>(sp => new OcspThenCrlRevocationSource(
            sp.GetRequiredService<OcspRevocationSource>(),
            sp.GetRequiredService<CrlRevocationSource>()));
    }

    private static Result<CertificateChainValidator> CreateChainValidator(IServiceProvider services)
    {
        var store = TrustStore.Load(services.GetRequiredService<IOptions<TrustOptions>>().Value);
        if (!store.IsSuccess)
        {
            return Result<CertificateChainValidator>.Failure(store.Error);
        }

        return new CertificateChainValidator(
            store.Value,
            services.GetRequiredService<ISignatureVerifier>(),
            services.GetRequiredService<IRevocationSource>(),
            services.GetRequiredService<ILogger<CertificateChainValidator>>());
    }
}
