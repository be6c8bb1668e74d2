using Idocs.Documents.Integrations.ApiTokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Integrations;

public sealed class ApiCallRecordConfiguration : IEntityTypeConfiguration<ApiCallRecord>
{
    public const int MaxRouteTemplateLength = 300;

    public void Configure(EntityTypeBuilder<ApiCallRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("api_calls");
        builder.HasKey(call => call.Id);
        builder.Property(call => call.Id).ValueGeneratedNever();
        builder.Property(call => call.Method).HasMaxLength(16).IsRequired();
        builder.Property(call => call.RouteTemplate).HasMaxLength(MaxRouteTemplateLength).IsRequired();

        // The audit outlives a revoked token, so no foreign key cascades here.
        builder.HasIndex(call => new { call.ProfileId, call.OccurredAt });
        builder.HasIndex(call => call.TokenId);
    }
}
