using Idocs.Documents.Authentication.Challenges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Accounts;

/// <summary>Challenges change once, by the guarded UPDATE of <see cref="EntityFrameworkLoginChallengeStore.TryConsumeAsync"/>.</summary>
internal sealed class LoginChallengeConfiguration : IEntityTypeConfiguration<LoginChallenge>
{
    public void Configure(EntityTypeBuilder<LoginChallenge> builder)
    {
        builder.ToTable(AccountsTables.LoginChallenges);
        builder.HasKey(challenge => challenge.Id);
        builder.Property(challenge => challenge.Id).ValueGeneratedNever();
        builder.Property(challenge => challenge.Nonce).HasMaxLength(LoginChallenge.NonceLength);
        builder.Property(challenge => challenge.Purpose);
        builder.Property(challenge => challenge.SessionId).HasMaxLength(AccountsTables.BindingLength);
        builder.Property(challenge => challenge.Origin).HasMaxLength(AccountsTables.BindingLength);
        builder.Property(challenge => challenge.IssuedAt);
        builder.Property(challenge => challenge.ExpiresAt);
        builder.Property(challenge => challenge.ConsumedAt);
        builder.HasIndex(challenge => challenge.ExpiresAt);
    }
}
