using Idocs.Common.Results;

namespace Idocs.Documents.Folders;

/// <summary>
/// Persists folders. Names are unique per owner and parent ignoring case; a clash returns
/// <see cref="FolderErrorCodes.DuplicateName"/> and stores nothing.
/// </summary>
public interface IFolderStore
{
    Task<Result> AddAsync(Folder folder, CancellationToken cancellationToken);

    Task<Folder?> FindAsync(Guid folderId, CancellationToken cancellationToken);
}
