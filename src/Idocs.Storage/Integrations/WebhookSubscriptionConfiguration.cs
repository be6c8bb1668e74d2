using Idocs.Documents.Integrations.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Integrations;

public sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("webhook_subscriptions");
        builder.HasKey(subscription => subscription.Id);
        builder.Property(subscription => subscription.Id).ValueGeneratedNever();
        builder.Property(subscription => subscription.Url).HasMaxLength(WebhookUrlRules.MaxUrlLength).IsRequired();
        builder.Property(subscription => subscription.Events).HasMaxLength(500).IsRequired();
        builder.Property(subscription => subscription.Secret).HasMaxLength(100).IsRequired();
        builder.Ignore(subscription => subscription.EventList);
        builder.Ignore(subscription => subscription.IsActive);
        builder.HasIndex(subscription => subscription.ProfileId);
    }
}
