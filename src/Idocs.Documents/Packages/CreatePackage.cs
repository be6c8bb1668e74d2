using System.Globalization;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Packages;

/// <summary>
/// Creates a package from uploaded files: every file is inspected by content and the package is
/// refused whole when one file is, then the package, one document per file and each document's
/// Created passport event are written in one transaction.
/// </summary>
/// <remarks>
/// NOTE: the files are stored before the documents are validated and written, so a package refused
/// for its fields (a title too long, for example) leaves its files in the content-addressed store.
/// </remarks>
public sealed class CreatePackage(
    DocumentTransactionRunner runner,
    IPackageStore packages,
    IEmployeeFactsPort employees,
    FileUploader uploader,
    TimeProvider clock)
{
    public async Task<Result<PackageView>> CreateAsync(CreatePackageCommand command, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(culture);

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        if (command.Kind == DocumentKind.ExternalIncoming)
        {
            return new Error(CommonErrorCodes.InvalidInput, "Incoming documents arrive from counterparties; upload an outgoing or internal package.");
        }

        if (command.Files.Count is < 2 or > PackageFactory.MaxFiles)
        {
            return new Error(
                PackageErrorCodes.InvalidFileCount,
                $"A package needs 2 to {PackageFactory.MaxFiles} files, but {command.Files.Count} were given; upload a single file as a plain document.");
        }

        var uploaded = await uploader.UploadAsync(command.Files, cancellationToken);
        if (!uploaded.IsAccepted)
        {
            var rejection = uploaded.Rejection!;
            return new Error(rejection.Code, rejection.LocalizedMessage(culture));
        }

        var now = clock.GetUtcNow();
        var created = PackageFactory.Create(
            new NewPackage
            {
                OwnerProfileId = employee.ProfileId,
                Kind = command.Kind,
                Number = command.Number,
                Date = command.Date,
                Title = command.Title,
                AuthorId = employee.EmployeeId,
                Files = uploaded.Files,
                Counterparties = command.Counterparties,
                FolderId = command.FolderId,
            },
            () => Guid.CreateVersion7(now),
            now);
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        var creation = created.Value;
        var actor = new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin);
        return await runner.ExecuteAsync<PackageView>(
            async (transaction, token) =>
            {
                foreach (var document in creation.Documents)
                {
                    var added = await transaction.Documents.AddAsync(document, token);
                    if (!added.IsSuccess)
                    {
                        return added.Error;
                    }

                    var written = await FlowPassport.WriteAsync(
                        transaction, document.Id, PassportEventType.Created, actor, now, command.IpAddress,
                        JsonSerializer.Serialize(new { package = creation.Package.Id, files = document.Files.Select(file => file.Sha256) }), token);
                    if (!written.IsSuccess)
                    {
                        return written.Error;
                    }
                }

                var stored = await packages.AddAsync(transaction, creation.Package, now, token);
                return stored.IsSuccess ? new PackageView(creation.Package, creation.Documents) : stored.Error;
            },
            cancellationToken);
    }
}
