using Idocs.PrintForms.Archives;
using Idocs.PrintForms.Archives.Bulk;
using Idocs.PrintForms.Evidence;
using Idocs.PrintForms.Forms;
using Idocs.PrintForms.Passports;
using Idocs.PrintForms.Retention;
using Idocs.PrintForms.Verification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.PrintForms;

public static class PrintFormsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the print form, passport and invoice renderers as singletons (they keep no
    /// per-call state) and the retention policy, and installs the embedded fonts. The host binds
    /// <see cref="PrintFormOptions"/>, for example from the <c>PrintForms</c> configuration section.
    /// </summary>
    public static IServiceCollection AddPrintForms(this IServiceCollection services, Action<PrintFormOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<PrintFormOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        Fonts.PrintFonts.EnsureRegistered();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PrintFormRenderer>();
        services.TryAddSingleton<PassportRenderer>();
        services.TryAddSingleton<Invoices.InvoicePdfRenderer>();

        services.AddOptions<RetentionOptions>()
            .Validate(
                retention => retention.RetentionYears > 0 && retention.ReadOnlyDaysAfterTermination >= 0,
                "Retention:RetentionYears must be positive and Retention:ReadOnlyDaysAfterTermination 0 or more.")
            .ValidateOnStart();
        services.TryAddSingleton<RetentionPolicy>();
        return services;
    }

    /// <summary>
    /// Registers the archive exporter, public verification and bulk export as scoped services.
    /// They read the documents' stores, and bulk export needs <see cref="ICompanyExportStore"/> and
    /// <see cref="ICompanyDocumentLister"/>, all of which the host's storage provides.
    /// </summary>
    public static IServiceCollection AddDocumentArchives(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The archive side reads the documents' stores, which the host registers as scoped.
        services.TryAddScoped<SignatureFileVerifier>();
        services.TryAddScoped<SignatureEvidenceReader>();
        services.TryAddScoped<DocumentArchiveExporter>();
        services.TryAddScoped<PublicVerification>();

        // Bulk exports need ICompanyExportStore and ICompanyDocumentLister from the host's storage.
        services.AddOptions<CompanyExportOptions>();
        services.TryAddScoped<StartCompanyExport>();
        services.TryAddScoped<CompanyExportRunner>();
        return services;
    }
}
