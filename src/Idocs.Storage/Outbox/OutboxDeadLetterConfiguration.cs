using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Outbox;

public sealed class OutboxDeadLetterConfiguration : IEntityTypeConfiguration<OutboxDeadLetter>
{
    public const string TableName = "outbox_dead_letters";

    public void Configure(EntityTypeBuilder<OutboxDeadLetter> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Dead letters are written once and never updated, so they need no concurrency version.
        builder.ToTable(TableName);
        builder.HasNoConcurrencyVersion();
        builder.HasKey(letter => letter.Id);
        builder.Property(letter => letter.Id).ValueGeneratedNever();
        builder.Property(letter => letter.Type).HasMaxLength(OutboxMessageConfiguration.MaxTypeLength).IsRequired();
        builder.Property(letter => letter.Payload).IsRequired();
        builder.Property(letter => letter.LastError).HasMaxLength(OutboxMessageConfiguration.MaxErrorLength).IsRequired();
        builder.HasIndex(letter => letter.DeadAt);
    }
}
