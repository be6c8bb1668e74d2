using Idocs.Common.Results;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Loading;

/// <summary>
/// Loads the shipped definitions: every <c>*.json</c> file directly in a folder (the <c>schema</c>
/// subfolder is not read). Each file is parsed, validated and published read-only with the source
/// <see cref="DefinitionSource.ShippedFile"/>; an unchanged file keeps its version, a changed one
/// becomes the next version. One bad file does not stop the others.
/// </summary>
public sealed class WorkflowFolderLoader(DefinitionPublisher publisher, ILogger<WorkflowFolderLoader> logger)
{
    /// <summary>Files larger than this are rejected unread, in bytes.</summary>
    public const long MaxFileSize = 1024 * 1024;

    public async Task<Result<IReadOnlyList<LoadedWorkflowFile>>> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            return Result<IReadOnlyList<LoadedWorkflowFile>>.Failure(
                CommonErrorCodes.NotFound, $"Workflow folder '{folder}' does not exist; pass the path of the repository's workflows/ folder.");
        }

        var results = new List<LoadedWorkflowFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var loaded = await LoadFileAsync(path, cancellationToken);
            if (loaded.IsLoaded)
            {
                logger.LogInformation("Loaded workflow file {FileName} as {DefinitionId} v{DefinitionVersion}", loaded.FileName, loaded.Definition!.Id, loaded.Definition.Version);
            }
            else
            {
                logger.LogError("Workflow file {FileName} was not loaded: {Error}", loaded.FileName, loaded.Error);
            }

            results.Add(loaded);
        }

        return results;
    }

    private async Task<LoadedWorkflowFile> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        if (new FileInfo(path).Length > MaxFileSize)
        {
            return Rejected(fileName, new Error(WorkflowErrorCodes.InvalidDefinitionJson, $"{fileName} is larger than {MaxFileSize} bytes."));
        }

        var parsed = WorkflowJson.Deserialize(await File.ReadAllTextAsync(path, cancellationToken));
        if (!parsed.IsSuccess)
        {
            return Rejected(fileName, parsed.Error with { Message = $"{fileName}: {parsed.Error.Message}" });
        }

        var expectedId = Path.GetFileNameWithoutExtension(path);
        if (!string.Equals(parsed.Value.Id, expectedId, StringComparison.Ordinal))
        {
            return Rejected(fileName, new Error(
                WorkflowErrorCodes.InvalidDefinition, $"{fileName} declares id '{parsed.Value.Id}'; a shipped file is named after its id, so rename the file or the id."));
        }

        var published = await publisher.PublishAsync(parsed.Value, DefinitionSource.ShippedFile, cancellationToken);
        return published.IsSuccess
            ? new LoadedWorkflowFile(fileName, published.Value, null)
            : Rejected(fileName, published.Error with { Message = $"{fileName}: {published.Error.Message}" });
    }

    private static LoadedWorkflowFile Rejected(string fileName, Error error) => new(fileName, null, error);
}
