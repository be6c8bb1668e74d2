using Idocs.PrintForms.Archives.Bulk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Exports;

public static class ExportStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the relational store of bulk exports and binds <see cref="CompanyExportOptions"/>
    /// to the <c>Exports</c> section; without a folder there, finished exports go to
    /// <c>exports</c> under <c>Storage:DataDirectory</c>.
    /// </summary>
    public static IServiceCollection AddIdocsExportStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(CompanyExportOptions.SectionName);
        var dataDirectory = configuration.GetSection(StorageOptions.SectionName)[nameof(StorageOptions.DataDirectory)] ?? new StorageOptions().DataDirectory;
        services.AddOptions<CompanyExportOptions>()
            .Configure(options => options.Folder = Path.Combine(dataDirectory, "exports"))
            .Bind(section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Folder) && options.PollSeconds > 0, "Exports:Folder must be set and Exports:PollSeconds positive.")
            .ValidateOnStart();
        services.AddScoped<ICompanyExportStore, EntityFrameworkCompanyExportStore>();
        services.AddScoped<ICompanyDocumentLister, EntityFrameworkCompanyDocumentLister>();
        return services;
    }
}
