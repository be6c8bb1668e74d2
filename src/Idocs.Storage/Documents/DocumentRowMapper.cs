using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Idocs.Documents.Documents;
using Idocs.Documents.Folders;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Search;

namespace Idocs.Storage.Documents;

/// <summary>Copies between the domain types and the rows of the documents tables.</summary>
internal static class DocumentRowMapper
{
    // Free fields are mostly Russian or Kazakh text; keeping the letters unescaped leaves the column readable in SQL.
    private static readonly JsonSerializerOptions FreeFieldsJsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <remarks>
    /// NOTE: PostgreSQL keeps times to the microsecond, so a reloaded document's CreatedAt and
    /// SignedAt can differ from the written ones below 1 µs. Passport times are exact (see <see cref="PassportEventRow"/>).
    /// </remarks>
    public static DocumentRow ToRow(Document document, DateTimeOffset now)
    {
        var row = new DocumentRow { Id = document.Id, OwnerProfileId = document.OwnerProfileId, CreatedAt = document.CreatedAt.ToUniversalTime() };
        CopyTo(document, row, now);
        return row;
    }

    /// <summary>Copies the changeable fields and merges the child rows: new ones are added, removed files and grants are deleted.</summary>
    public static void CopyTo(Document document, DocumentRow row, DateTimeOffset now)
    {
        row.Kind = document.Kind;
        row.Number = document.Number;
        row.Date = document.Date;
        row.Title = document.Title;
        row.TitleKey = DocumentSearchValidation.Fold(document.Title);
        row.AuthorId = document.AuthorId;
        row.Status = document.Status;
        row.UpdatedAt = now.ToUniversalTime();
        row.Amount = document.Amount?.Amount;
        row.Currency = document.Amount?.Currency;
        row.CounterpartyKind = document.Counterparty?.Kind;
        row.CounterpartyIdentifier = document.Counterparty?.Identifier;
        row.CounterpartyName = document.Counterparty?.Name;
        row.CounterpartyNameKey = document.Counterparty?.Name is { } name ? DocumentSearchValidation.Fold(name) : null;
        row.FolderId = document.FolderId;
        row.PackageId = document.PackageId;
        row.RejectionReason = document.RejectionReason;
        row.AnnulmentProposedBy = document.AnnulmentProposedBy;
        row.IsDeleted = document.IsDeleted;
        row.FreeFieldsJson = JsonSerializer.Serialize(
            new SortedDictionary<string, string>(document.FreeFields.ToDictionary(), StringComparer.Ordinal), FreeFieldsJsonOptions);

        MergeFiles(document, row);
        MergeGrants(document, row);
        MergeSignatures(document, row);
        MergeCounterparties(document, row);
    }

    public static Document ToDocument(DocumentRow row, long version)
    {
        var freeFields = JsonSerializer.Deserialize<Dictionary<string, string>>(row.FreeFieldsJson) ?? [];
        var snapshot = new DocumentSnapshot
        {
            Id = row.Id,
            OwnerProfileId = row.OwnerProfileId,
            Kind = row.Kind,
            Number = row.Number,
            Date = row.Date,
            Title = row.Title,
            AuthorId = row.AuthorId,
            Status = row.Status,
            CreatedAt = row.CreatedAt,
            Version = checked((int)version),
            Amount = row.Amount is { } amount ? Restored(Money.Create(amount, row.Currency), row.Id) : null,
            Counterparties = [.. row.Counterparties.OrderBy(party => party.Position).Select(party => ToCounterparty(party, row.Id))],
            FolderId = row.FolderId,
            PackageId = row.PackageId,
            RejectionReason = row.RejectionReason,
            AnnulmentProposedBy = row.AnnulmentProposedBy,
            IsDeleted = row.IsDeleted,
            Files = [.. row.Files.OrderBy(file => file.Position).Select(file => new DocumentFile(file.Sha256, file.FileName, file.ContentType, file.Length))],
            Grants = [.. row.Grants.OrderBy(grant => grant.Position).Select(grant => new AccessGrant(grant.EmployeeId, grant.Mode))],
            Signatures = [.. row.Signatures.OrderBy(signature => signature.Position).Select(ToSignature)],
            FreeFields = [.. freeFields.OrderBy(field => field.Key, StringComparer.Ordinal)],
        };
        return Document.Restore(snapshot);
    }

    public static PassportEventRow ToRow(PassportEvent passportEvent, DateTimeOffset recordedAt) => new()
    {
        DocumentId = passportEvent.DocumentId,
        Sequence = passportEvent.Sequence,
        Type = (int)passportEvent.Type,
        ActorId = passportEvent.Actor.Id,
        ActorName = passportEvent.Actor.Name,
        ActorIin = passportEvent.Actor.Iin,
        OccurredAt = passportEvent.OccurredAt.ToUniversalTime(),
        OccurredAtTicks = passportEvent.OccurredAt.UtcTicks,
        IpAddress = passportEvent.IpAddress,
        PayloadJson = passportEvent.PayloadJson,
        CertificateSerial = passportEvent.CertificateSerial,
        ReportReference = passportEvent.ReportReference,
        PreviousHash = passportEvent.PreviousHash,
        Hash = passportEvent.Hash,
        RecordedAt = recordedAt.ToUniversalTime(),
    };

    public static PassportEvent ToEvent(PassportEventRow row) => new()
    {
        DocumentId = row.DocumentId,
        Sequence = row.Sequence,
        Type = (PassportEventType)row.Type,
        Actor = new ActorSnapshot(row.ActorId, row.ActorName, row.ActorIin),
        OccurredAt = new DateTimeOffset(row.OccurredAtTicks, TimeSpan.Zero),
        IpAddress = row.IpAddress,
        PayloadJson = row.PayloadJson,
        CertificateSerial = row.CertificateSerial,
        ReportReference = row.ReportReference,
        PreviousHash = row.PreviousHash,
        Hash = row.Hash,
    };

    public static LinkTokenRow ToRow(LinkToken token) => new()
    {
        Id = token.Id,
        DocumentId = token.DocumentId,
        RecipientEmail = token.RecipientEmail,
        TokenHash = token.TokenHash,
        IssuedAt = token.IssuedAt.ToUniversalTime(),
        ExpiresAt = token.ExpiresAt.ToUniversalTime(),
        UsedAt = token.UsedAt?.ToUniversalTime(),
        SupersededAt = token.SupersededAt?.ToUniversalTime(),
    };

    public static LinkToken ToToken(LinkTokenRow row, long version) => new()
    {
        Id = row.Id,
        DocumentId = row.DocumentId,
        RecipientEmail = row.RecipientEmail,
        TokenHash = row.TokenHash,
        IssuedAt = row.IssuedAt,
        ExpiresAt = row.ExpiresAt,
        UsedAt = row.UsedAt,
        SupersededAt = row.SupersededAt,
        Version = checked((int)version),
    };

    public static FolderRow ToRow(Folder folder) => new()
    {
        Id = folder.Id,
        OwnerProfileId = folder.OwnerProfileId,
        Name = folder.Name,
        NameKey = NameKey(folder.Name),
        ParentId = folder.ParentId,
        ParentKey = folder.ParentId ?? Guid.Empty,
    };

    public static Folder ToFolder(FolderRow row)
    {
        var restored = Folder.Create(row.Id, row.OwnerProfileId, row.Name, row.ParentId);
        return restored.IsSuccess
            ? restored.Value
            : throw new InvalidOperationException($"Stored folder {row.Id} is invalid: {restored.Error.Message}");
    }

    public static string NameKey(string name) => name.ToUpperInvariant();

    private static RecordedSignature ToSignature(DocumentSignatureRow row) => new(
        row.Id, row.Party, row.EmployeeId, row.SignerIin, row.SignerBin, row.CertificateSerial,
        row.ReportReference, row.FileSha256, row.SignatureSha256, row.SignedAt);

    private static DocumentCounterparty ToCounterparty(DocumentCounterpartyRow row, Guid documentId) => new(
        Restored(Counterparty.Create(row.Kind, row.Identifier, row.Name), documentId), row.Progress, row.IncomingCopyId);

    private static T Restored<T>(Idocs.Common.Results.Result<T> value, Guid documentId) => value.IsSuccess
        ? value.Value
        : throw new InvalidOperationException($"Stored document {documentId} holds a value the domain rejects: {value.Error.Message}");

    private static void MergeFiles(Document document, DocumentRow row)
    {
        var wanted = document.Files.Select((file, position) => (file, position)).ToDictionary(pair => pair.file.Sha256, StringComparer.Ordinal);
        row.Files.RemoveAll(existing => !wanted.ContainsKey(existing.Sha256));
        foreach (var (sha256, (file, position)) in wanted)
        {
            var existing = row.Files.Find(candidate => candidate.Sha256 == sha256);
            if (existing is null)
            {
                existing = new DocumentFileRow { DocumentId = document.Id, Sha256 = sha256 };
                row.Files.Add(existing);
            }

            existing.Position = position;
            existing.FileName = file.FileName;
            existing.ContentType = file.ContentType;
            existing.Length = file.Length;
        }
    }

    private static void MergeGrants(Document document, DocumentRow row)
    {
        var wanted = document.Grants.Select((grant, position) => (grant, position)).ToDictionary(pair => pair.grant.EmployeeId);
        row.Grants.RemoveAll(existing => !wanted.ContainsKey(existing.EmployeeId));
        foreach (var (employeeId, (grant, position)) in wanted)
        {
            var existing = row.Grants.Find(candidate => candidate.EmployeeId == employeeId);
            if (existing is null)
            {
                existing = new DocumentAccessGrantRow { DocumentId = document.Id, EmployeeId = employeeId };
                row.Grants.Add(existing);
            }

            existing.Position = position;
            existing.Mode = grant.Mode;
        }
    }

    private static void MergeCounterparties(Document document, DocumentRow row)
    {
        var wanted = document.Counterparties.Select((party, position) => (party, position)).ToDictionary(pair => pair.party.Party.Identifier, StringComparer.Ordinal);
        row.Counterparties.RemoveAll(existing => !wanted.ContainsKey(existing.Identifier));
        foreach (var (identifier, (party, position)) in wanted)
        {
            var existing = row.Counterparties.Find(candidate => candidate.Identifier == identifier);
            if (existing is null)
            {
                existing = new DocumentCounterpartyRow { DocumentId = document.Id, Identifier = identifier };
                row.Counterparties.Add(existing);
            }

            existing.Position = position;
            existing.Kind = party.Party.Kind;
            existing.Name = party.Party.Name;
            existing.NameKey = DocumentSearchValidation.Fold(party.Party.Name);
            existing.Progress = party.Progress;
            existing.IncomingCopyId = party.IncomingCopyId;
        }
    }

    private static void MergeSignatures(Document document, DocumentRow row)
    {
        var stored = row.Signatures.Select(signature => signature.Id).ToHashSet();
        for (var position = 0; position < document.Signatures.Count; position++)
        {
            var signature = document.Signatures[position];
            if (stored.Contains(signature.Id))
            {
                continue;
            }

            row.Signatures.Add(new DocumentSignatureRow
            {
                Id = signature.Id,
                DocumentId = document.Id,
                Position = position,
                Party = signature.Party,
                EmployeeId = signature.EmployeeId,
                SignerIin = signature.SignerIin,
                SignerBin = signature.SignerBin,
                CertificateSerial = signature.CertificateSerial,
                ReportReference = signature.ReportReference,
                FileSha256 = signature.FileSha256,
                SignatureSha256 = signature.SignatureSha256,
                SignedAt = signature.SignedAt.ToUniversalTime(),
            });
        }
    }
}
