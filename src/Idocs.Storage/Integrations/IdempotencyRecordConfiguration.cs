using Idocs.Documents.Integrations.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Integrations;

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const int MaxKeyLength = 200;
    public const int MaxCallerKeyLength = 120;

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("idempotency_records");
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).ValueGeneratedNever();
        builder.Property(record => record.CallerKey).HasMaxLength(MaxCallerKeyLength).IsRequired();
        builder.Property(record => record.Key).HasMaxLength(MaxKeyLength).IsRequired();
        builder.Property(record => record.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(record => record.ContentType).HasMaxLength(200);
        builder.Property(record => record.Location).HasMaxLength(2000);
        builder.Ignore(record => record.IsCompleted);
        builder.HasIndex(record => new { record.CallerKey, record.Key }).IsUnique();
        builder.HasIndex(record => record.ExpiresAt);
    }
}
