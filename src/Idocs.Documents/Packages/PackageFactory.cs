using Idocs.Common.Results;
using Idocs.Documents.Documents;

namespace Idocs.Documents.Packages;

/// <summary>Creates a package and one document per file.</summary>
public static class PackageFactory
{
    public const int MaxFiles = 100;

    public static Result<PackageCreation> Create(NewPackage input, Func<Guid> newId, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(newId);

        var fileCount = input.Files?.Count ?? 0;
        if (input.Files is null || fileCount is < 2 or > MaxFiles)
        {
            return new Error(
                PackageErrorCodes.InvalidFileCount,
                $"A package needs 2 to {MaxFiles} files, but {fileCount} were given; upload a single file as a plain document.");
        }

        var packageId = newId();
        var documents = new List<Document>(fileCount);
        for (var position = 0; position < fileCount; position++)
        {
            var file = input.Files[position];
            var title = Path.GetFileNameWithoutExtension(file.FileName);
            var created = Document.Create(
                new NewDocument
                {
                    OwnerProfileId = input.OwnerProfileId,
                    Kind = input.Kind,
                    Number = $"{input.Number.Trim()}-{position + 1}",
                    Date = input.Date,
                    Title = string.IsNullOrWhiteSpace(title) ? input.Title : title,
                    AuthorId = input.AuthorId,
                    Files = [file],
                    Counterparties = input.Counterparties,
                    FolderId = input.FolderId,
                    PackageId = packageId,
                },
                newId(),
                createdAt);
            if (!created.IsSuccess)
            {
                return new Error(
                    created.Error.Code,
                    $"File '{file.FileName}' of the package: {created.Error.Message}");
            }

            documents.Add(created.Value);
        }

        var package = new Package(
            packageId,
            input.OwnerProfileId,
            input.AuthorId,
            input.Title.Trim(),
            [.. documents.Select(document => document.Id)]);
        return new PackageCreation(package, documents);
    }
}
