using Idocs.Documents.Integrations.ApiTokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Integrations;

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable("api_tokens");
        builder.HasKey(token => token.Id);
        builder.Property(token => token.Id).ValueGeneratedNever();
        builder.Property(token => token.Name).HasMaxLength(IssueApiToken.MaxNameLength).IsRequired();
        builder.Property(token => token.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(token => token.Prefix).HasMaxLength(ApiTokenSecret.DisplayedPrefixLength).IsRequired();
        builder.Property(token => token.Scopes).HasMaxLength(500).IsRequired();
        builder.Ignore(token => token.ScopeList);
        builder.Ignore(token => token.IsRevoked);
        builder.HasIndex(token => token.TokenHash).IsUnique();
        builder.HasIndex(token => token.ProfileId);
    }
}
