using Idocs.Documents.Integrations.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Integrations;

public sealed class WebhookDeliveryAttemptConfiguration : IEntityTypeConfiguration<WebhookDeliveryAttempt>
{
    public const int MaxErrorLength = 1000;

    public void Configure(EntityTypeBuilder<WebhookDeliveryAttempt> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("webhook_delivery_attempts");
        builder.HasKey(attempt => attempt.Id);
        builder.Property(attempt => attempt.Id).ValueGeneratedNever();
        builder.Property(attempt => attempt.EventType).HasMaxLength(100).IsRequired();
        builder.Property(attempt => attempt.Error).HasMaxLength(MaxErrorLength);
        builder.HasIndex(attempt => new { attempt.ProfileId, attempt.AttemptedAt });
        builder.HasIndex(attempt => attempt.EventId);
    }
}
