using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Outbox;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const string TableName = "outbox_messages";
    public const int MaxTypeLength = 200;
    public const int MaxErrorLength = 4000;
    public const int MaxClaimedByLength = 200;

    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable(TableName);
        builder.HasKey(message => message.Id);
        builder.Property(message => message.Id).ValueGeneratedNever();
        builder.Property(message => message.Type).HasMaxLength(MaxTypeLength).IsRequired();
        builder.Property(message => message.Payload).IsRequired();
        builder.Property(message => message.LastError).HasMaxLength(MaxErrorLength);
        builder.Property(message => message.ClaimedBy).HasMaxLength(MaxClaimedByLength);

        // The dispatcher's claim query filters and orders by due time.
        builder.HasIndex(message => message.NextAttemptAt);
    }
}
