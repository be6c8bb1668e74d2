using Idocs.Documents.Documents;
using Idocs.Documents.Folders;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Documents;

internal sealed class DocumentRowConfiguration : IEntityTypeConfiguration<DocumentRow>
{
    /// <summary>Incoming copies keep the sender's number, which may repeat across senders, so they are left out of the unique number index.</summary>
    internal const string UniqueNumberFilter = "kind <> 'ExternalIncoming'";

    internal const string UniqueNumberIndexName = "ux_documents_owner_profile_id_kind_number";

    internal const string SearchOrderIndexName = "ix_documents_owner_profile_id_created_at_id";

    public void Configure(EntityTypeBuilder<DocumentRow> builder)
    {
        builder.ToTable("documents");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.IsTenantOwned(row => row.OwnerProfileId);

        builder.Property(row => row.Number).HasMaxLength(Document.MaxNumberLength);
        builder.Property(row => row.Title).HasMaxLength(Document.MaxTitleLength);
        builder.Property(row => row.Currency).HasMaxLength(DocumentStorageLimits.CurrencyLength);
        builder.Property(row => row.CounterpartyIdentifier).HasMaxLength(DocumentStorageLimits.IdentifierLength);
        builder.Property(row => row.CounterpartyName).HasMaxLength(DocumentStorageLimits.NameLength);
        builder.Property(row => row.TitleKey).HasMaxLength(Document.MaxTitleLength);
        builder.Property(row => row.CounterpartyNameKey).HasMaxLength(DocumentStorageLimits.NameLength);
        builder.Property(row => row.RejectionReason).HasMaxLength(Document.MaxRejectionReasonLength);

        builder.HasMany(row => row.Files).WithOne().HasForeignKey(file => file.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(row => row.Grants).WithOne().HasForeignKey(grant => grant.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(row => row.Signatures).WithOne().HasForeignKey(signature => signature.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(row => row.Counterparties).WithOne().HasForeignKey(party => party.DocumentId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(row => new { row.OwnerProfileId, row.Kind, row.Number }, UniqueNumberIndexName)
            .IsUnique()
            .HasFilter(UniqueNumberFilter);

        // Inbox and search: each index starts with the owner, because every query is per profile,
        // and ends with (created_at, id) where a list pages by keyset in that order.
        builder.HasIndex(row => new { row.OwnerProfileId, row.Kind, row.Status, row.CreatedAt, row.Id });
        builder.HasIndex(row => new { row.OwnerProfileId, row.Kind, row.CreatedAt, row.Id });
        builder.HasIndex(row => new { row.OwnerProfileId, row.UpdatedAt });
        builder.HasIndex(row => new { row.OwnerProfileId, row.CounterpartyIdentifier });
        builder.HasIndex(row => new { row.OwnerProfileId, row.Date });
        builder.HasIndex(row => new { row.OwnerProfileId, row.Number });
        builder.HasIndex(row => new { row.OwnerProfileId, row.AuthorId, row.CreatedAt });
        builder.HasIndex(row => new { row.OwnerProfileId, row.FolderId });
        builder.HasIndex(row => row.PackageId);

        // Search: the newest-first keyset order for "all" and for sections of one kind is served by
        // the (owner, kind, status, created_at, id) and (owner, kind, created_at, id) indexes above
        // and this one; the PostgreSQL migration adds trigram indexes on the folded title and name.
        builder.HasIndex(row => new { row.OwnerProfileId, row.CreatedAt, row.Id }, SearchOrderIndexName);
    }
}

internal sealed class DocumentFileRowConfiguration : IEntityTypeConfiguration<DocumentFileRow>
{
    public void Configure(EntityTypeBuilder<DocumentFileRow> builder)
    {
        builder.ToTable("document_files");
        builder.HasKey(row => new { row.DocumentId, row.Sha256 });
        builder.Property(row => row.Sha256).HasMaxLength(DocumentStorageLimits.Sha256HexLength);
        builder.Property(row => row.FileName).HasMaxLength(DocumentStorageLimits.FileNameLength);
        builder.HasIndex(row => row.Sha256);
    }
}

internal sealed class DocumentAccessGrantRowConfiguration : IEntityTypeConfiguration<DocumentAccessGrantRow>
{
    public void Configure(EntityTypeBuilder<DocumentAccessGrantRow> builder)
    {
        builder.ToTable("document_access_grants");
        builder.HasKey(row => new { row.DocumentId, row.EmployeeId });

        // "Shared with me": the documents an employee was given access to.
        builder.HasIndex(row => row.EmployeeId);
    }
}

internal sealed class DocumentCounterpartyRowConfiguration : IEntityTypeConfiguration<DocumentCounterpartyRow>
{
    public void Configure(EntityTypeBuilder<DocumentCounterpartyRow> builder)
    {
        builder.ToTable("document_counterparties");
        builder.HasKey(row => new { row.DocumentId, row.Identifier });
        builder.Property(row => row.Identifier).HasMaxLength(DocumentStorageLimits.IdentifierLength);
        builder.Property(row => row.Name).HasMaxLength(DocumentStorageLimits.NameLength);
        builder.Property(row => row.NameKey).HasMaxLength(DocumentStorageLimits.NameLength);

        // The search's counterparty filter by BIN or IIN; the PostgreSQL migration adds a trigram index on the folded name.
        builder.HasIndex(row => row.Identifier);
        builder.HasIndex(row => row.IncomingCopyId);
    }
}

internal sealed class DocumentSignatureRowConfiguration : IEntityTypeConfiguration<DocumentSignatureRow>
{
    public void Configure(EntityTypeBuilder<DocumentSignatureRow> builder)
    {
        builder.ToTable("document_signatures");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.SignerIin).HasMaxLength(DocumentStorageLimits.IinLength);
        builder.Property(row => row.SignerBin).HasMaxLength(DocumentStorageLimits.IinLength);
        builder.Property(row => row.CertificateSerial).HasMaxLength(DocumentStorageLimits.SerialLength);
        builder.Property(row => row.ReportReference).HasMaxLength(DocumentStorageLimits.ReferenceLength);
        builder.Property(row => row.FileSha256).HasMaxLength(DocumentStorageLimits.Sha256HexLength);
        builder.Property(row => row.SignatureSha256).HasMaxLength(DocumentStorageLimits.Sha256HexLength);

        // The same rule as Document.RecordSignature, kept by the database as well, so two
        // concurrent transactions cannot both add it.
        builder.HasIndex(row => new { row.DocumentId, row.Party, row.SignerIin, row.FileSha256 }).IsUnique();
        builder.HasIndex(row => row.SignerIin);
    }
}

internal sealed class PassportEventRowConfiguration : IEntityTypeConfiguration<PassportEventRow>
{
    public void Configure(EntityTypeBuilder<PassportEventRow> builder)
    {
        builder.ToTable("passport_events");
        builder.HasKey(row => new { row.DocumentId, row.Sequence });
        builder.Property(row => row.ActorName).HasMaxLength(DocumentStorageLimits.NameLength);
        builder.Property(row => row.ActorIin).HasMaxLength(DocumentStorageLimits.IinLength);
        builder.Property(row => row.IpAddress).HasMaxLength(DocumentStorageLimits.IpAddressLength);
        builder.Property(row => row.CertificateSerial).HasMaxLength(DocumentStorageLimits.SerialLength);
        builder.Property(row => row.ReportReference).HasMaxLength(DocumentStorageLimits.ReferenceLength);
        builder.Property(row => row.PreviousHash).HasMaxLength(DocumentStorageLimits.Sha256HexLength);
        builder.Property(row => row.Hash).HasMaxLength(DocumentStorageLimits.Sha256HexLength);

        // The passport outlives a deleted document row, so there is no foreign key that could cascade.
        builder.HasIndex(row => new { row.Type, row.OccurredAt });
    }
}

internal sealed class PassportHeadRowConfiguration : IEntityTypeConfiguration<PassportHeadRow>
{
    public void Configure(EntityTypeBuilder<PassportHeadRow> builder)
    {
        builder.ToTable("passport_heads");
        builder.HasKey(row => row.DocumentId);
        builder.Property(row => row.DocumentId).ValueGeneratedNever();
        builder.Property(row => row.LastHash).HasMaxLength(DocumentStorageLimits.Sha256HexLength);
    }
}

internal sealed class LinkTokenRowConfiguration : IEntityTypeConfiguration<LinkTokenRow>
{
    public void Configure(EntityTypeBuilder<LinkTokenRow> builder)
    {
        builder.ToTable("link_tokens");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.RecipientEmail).HasMaxLength(DocumentStorageLimits.IdentifierLength);
        builder.Property(row => row.TokenHash).HasMaxLength(DocumentStorageLimits.Sha256HexLength);
        builder.HasIndex(row => row.TokenHash).IsUnique();
        builder.HasIndex(row => new { row.DocumentId, row.RecipientEmail });
    }
}

internal sealed class FolderRowConfiguration : IEntityTypeConfiguration<FolderRow>
{
    public void Configure(EntityTypeBuilder<FolderRow> builder)
    {
        builder.ToTable("folders");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.IsTenantOwned(row => row.OwnerProfileId);
        builder.Property(row => row.Name).HasMaxLength(Folder.MaxNameLength);
        builder.Property(row => row.NameKey).HasMaxLength(Folder.MaxNameLength);
        builder.HasIndex(row => new { row.OwnerProfileId, row.ParentKey, row.NameKey }).IsUnique();
    }
}
