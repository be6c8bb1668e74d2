using System.Buffers.Text;
using System.Security.Cryptography;
using Idocs.Common.Results;

namespace Idocs.Documents.LinkAccess;

/// <summary>
/// Issues and checks links for counterparties without a profile. Opening a link (a GET, which mail
/// scanners also send) does not consume it; the signing or rejecting POST consumes it. Issuing a
/// new link to the same recipient for the same document supersedes the old ones.
/// </summary>
public sealed class LinkAccessService(ILinkTokenStore store, TimeProvider clock)
{
    public const int TokenBytes = 32;

    public async Task<Result<IssuedLink>> IssueAsync(Guid documentId, string recipientEmail, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientEmail);
        if (lifetime <= TimeSpan.Zero)
        {
            return new Error(CommonErrorCodes.InvalidInput, $"Link lifetime {lifetime} must be positive.");
        }

        var now = clock.GetUtcNow();
        var recipient = recipientEmail.Trim().ToLowerInvariant();
        var retired = await RetireAsync(documentId, recipient, cancellationToken);
        if (!retired.IsSuccess)
        {
            return retired.Error;
        }

        var secret = RandomNumberGenerator.GetBytes(TokenBytes);
        var token = new LinkToken
        {
            Id = Guid.CreateVersion7(now),
            DocumentId = documentId,
            RecipientEmail = recipient,
            TokenHash = Convert.ToHexStringLower(SHA256.HashData(secret)),
            IssuedAt = now,
            ExpiresAt = now + lifetime,
        };
        var added = await store.AddAsync(token, cancellationToken);
        return added.IsSuccess
            ? new IssuedLink(token.Id, Base64Url.EncodeToString(secret), token.ExpiresAt)
            : added.Error;
    }

    /// <summary>Checks a link for viewing; the token stays valid.</summary>
    /// <summary>Marks every active link of <paramref name="recipientEmail"/> to the document as superseded.</summary>
    public async Task<Result> RetireAsync(Guid documentId, string recipientEmail, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientEmail);

        var now = clock.GetUtcNow();
        var recipient = recipientEmail.Trim().ToLowerInvariant();
        foreach (var active in await store.ListActiveAsync(documentId, recipient, cancellationToken))
        {
            var superseded = await store.UpdateAsync(active with { SupersededAt = now }, cancellationToken);
            if (!superseded.IsSuccess)
            {
                return superseded;
            }
        }

        return Result.Success();
    }

    public Task<Result<LinkToken>> OpenAsync(Guid documentId, string token, CancellationToken cancellationToken) =>
        FindValidAsync(documentId, token, cancellationToken);

    /// <summary>Checks a link and marks it used, for the signing or rejecting POST. Only one use wins.</summary>
    public async Task<Result<LinkToken>> ConsumeAsync(Guid documentId, string token, CancellationToken cancellationToken)
    {
        var found = await FindValidAsync(documentId, token, cancellationToken);
        if (!found.IsSuccess)
        {
            return found;
        }

        var used = found.Value with { UsedAt = clock.GetUtcNow() };
        var updated = await store.UpdateAsync(used, cancellationToken);
        if (!updated.IsSuccess)
        {
            return new Error(LinkAccessErrorCodes.Used, $"Link {found.Value.Id} was used by another request at the same time.");
        }

        return used with { Version = used.Version + 1 };
    }

    private async Task<Result<LinkToken>> FindValidAsync(Guid documentId, string token, CancellationToken cancellationToken)
    {
        var hash = HashToken(token);
        var stored = hash is null ? null : await store.FindByHashAsync(hash, cancellationToken);
        if (stored is null)
        {
            return new Error(LinkAccessErrorCodes.Unknown, "The link is not valid; ask the sender to send it again.");
        }

        if (stored.DocumentId != documentId)
        {
            return new Error(LinkAccessErrorCodes.WrongDocument, $"Link {stored.Id} does not open document {documentId}.");
        }

        if (stored.UsedAt is not null)
        {
            return new Error(LinkAccessErrorCodes.Used, $"Link {stored.Id} was already used at {stored.UsedAt:O}; ask the sender for a new link.");
        }

        if (stored.SupersededAt is not null)
        {
            return new Error(LinkAccessErrorCodes.Superseded, $"Link {stored.Id} was replaced by a newer link; use the latest email.");
        }

        if (clock.GetUtcNow() >= stored.ExpiresAt)
        {
            return new Error(LinkAccessErrorCodes.Expired, $"Link {stored.Id} expired at {stored.ExpiresAt:O}; ask the sender for a new link.");
        }

        return stored;
    }

    private static string? HashToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(token.Length)];
        if (Base64Url.DecodeFromChars(token, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != TokenBytes)
        {
            return null;
        }

        return Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, written)));
    }
}
