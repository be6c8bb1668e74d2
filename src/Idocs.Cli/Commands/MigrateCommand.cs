using System.CommandLine;
using Idocs.Storage;
using Idocs.Storage.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Idocs.Cli.Commands;

/// <summary><c>idocs migrate</c>: applies pending migrations of the configured database and exits.</summary>
public static class MigrateCommand
{
    public const int Success = 0;
    public const int InvalidArguments = 2;
    public const int Failed = 1;

    public static Command Create()
    {
        var provider = new Option<string?>("--provider")
        {
            Description = "Database provider: Sqlite or PostgreSql. Overrides Storage:Provider.",
        };
        var connection = new Option<string?>("--connection")
        {
            Description = "ADO.NET connection string of the database. Overrides Storage:ConnectionString.",
        };

        var command = new Command("migrate", "Apply pending database migrations of the configured provider, then exit.");
        command.Options.Add(provider);
        command.Options.Add(connection);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(provider), parseResult.GetValue(connection), parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? provider, string? connection, TextWriter error, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (provider is not null)
        {
            if (!Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                await error.WriteLineAsync($"Invalid --provider '{provider}'. Use Sqlite or PostgreSql.");
                return InvalidArguments;
            }

            overrides[$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"] = parsed.ToString();
        }

        if (connection is not null)
        {
            overrides[$"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}"] = connection;
        }

        var configuration = CliConfiguration.Build(overrides);
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.AddSimpleConsole(console => console.SingleLine = true);

            // Migration progress comes from the migrator; EF Core's per-statement SQL is noise here.
            logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        });
        services.AddIdocsStorage(configuration);

        await using var serviceProvider = services.BuildServiceProvider();
        await using var scope = serviceProvider.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand));
        try
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(cancellationToken);
            return Success;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A command-line tool reports the fault and exits non-zero instead of printing a crash.
            logger.LogError(exception, "Database migration failed");
            await error.WriteLineAsync(
                $"Migration failed: {exception.Message} Check Storage:Provider and Storage:ConnectionString (or --provider and --connection) and that the database server is reachable.");
            return Failed;
        }
    }
}
