using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = IdocsDbContextOptions.SqliteMigrationsAssembly;
    public const string PostgreSqlMigrationsAssembly = IdocsDbContextOptions.PostgreSqlMigrationsAssembly;

    /// <summary>
    /// Registers the relational store for the provider named in the <c>Storage</c> section, the
    /// outbox, and two hosted services in this order: the start-up migration (see
    /// <see cref="StorageOptions.MigrateOnStartup"/>) and the <see cref="OutboxDispatcher"/>.
    /// </summary>
    public static IServiceCollection AddIdocsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(StorageOptions.SectionName);
        var options = section.Get<StorageOptions>() ?? new StorageOptions();
        services.Configure<StorageOptions>(section);
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .Validate(OutboxOptionsValidation.IsValid, OutboxOptionsValidation.Rules)
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddDbContext<IdocsDbContext>(builder => IdocsDbContextOptions.Apply(builder, options));
        services.AddScoped<IDatabaseMigrator, DatabaseMigrator>();
        services.AddScoped<IOutbox, EntityFrameworkOutbox>();

        services.AddHostedService<DatabaseMigrationHostedService>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
