using System.CommandLine;
using Idocs.Documents;
using Idocs.Storage;
using Idocs.Storage.Workflows;
using Idocs.Workflows;
using Idocs.Workflows.Loading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Idocs.Cli.Commands;

/// <summary>
/// <c>idocs workflows load</c>: validates every definition file of a folder and stores each valid one
/// read-only with the source shipped-file; an unchanged file keeps its stored version.
/// </summary>
public static class WorkflowsCommand
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int InvalidArguments = 2;

    public static Command Create()
    {
        var path = new Option<string>("--path")
        {
            Description = "Folder of the definition files (*.json).",
            DefaultValueFactory = _ => "workflows",
        };
        var provider = new Option<string?>("--provider")
        {
            Description = "Database provider: Sqlite or PostgreSql. Overrides Storage:Provider.",
        };
        var connection = new Option<string?>("--connection")
        {
            Description = "ADO.NET connection string of the database. Overrides Storage:ConnectionString.",
        };

        var load = new Command("load", "Validate every definition file in a folder and store the definitions read-only.");
        load.Options.Add(path);
        load.Options.Add(provider);
        load.Options.Add(connection);
        load.SetAction((parseResult, cancellationToken) => LoadAsync(
            parseResult.GetValue(path)!,
            parseResult.GetValue(provider),
            parseResult.GetValue(connection),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));

        var command = new Command("workflows", "Manage route and process definitions.");
        command.Subcommands.Add(load);
        return command;
    }

    private static async Task<int> LoadAsync(
        string path, string? provider, string? connection, TextWriter output, TextWriter error, CancellationToken cancellationToken)
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
        services.AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        services.AddIdocsStorage(configuration);
        services.AddWorkflowEngine();
        services.AddDocumentRouteActivities();
        services.AddIdocsWorkflowStorage(configuration);

        await using var serviceProvider = services.BuildServiceProvider();
        await using var scope = serviceProvider.CreateAsyncScope();
        Idocs.Common.Results.Result<IReadOnlyList<LoadedWorkflowFile>> loaded;
        try
        {
            loaded = await scope.ServiceProvider.GetRequiredService<WorkflowFolderLoader>().LoadAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A command-line tool reports the fault and exits non-zero instead of printing a crash.
            scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WorkflowsCommand))
                .LogError(exception, "Loading workflow definitions failed");
            await error.WriteLineAsync(
                $"Loading failed: {exception.Message} Run 'idocs migrate' first, and check Storage:Provider and Storage:ConnectionString (or --provider and --connection).");
            return Failed;
        }

        if (!loaded.IsSuccess)
        {
            await error.WriteLineAsync(loaded.Error.Message);
            return InvalidArguments;
        }

        var failures = 0;
        foreach (var file in loaded.Value)
        {
            if (file.IsLoaded)
            {
                await output.WriteLineAsync($"{file.FileName}: stored as {file.Definition!.Id} version {file.Definition.Version}");
            }
            else
            {
                failures++;
                await error.WriteLineAsync($"{file.FileName}: rejected: {file.Error!.Message}");
            }
        }

        await output.WriteLineAsync($"{loaded.Value.Count - failures} of {loaded.Value.Count} definition files stored.");
        return failures == 0 ? Success : Failed;
    }
}
