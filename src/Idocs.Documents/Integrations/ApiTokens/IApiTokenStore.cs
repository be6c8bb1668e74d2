namespace Idocs.Documents.Integrations.ApiTokens;

public interface IApiTokenStore
{
    Task<ApiToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Finds a token of <paramref name="profileId"/>; a token of another profile reads as missing.</summary>
    Task<ApiToken?> FindAsync(Guid profileId, Guid tokenId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiToken>> ListAsync(Guid profileId, CancellationToken cancellationToken);

    void Add(ApiToken token);

    /// <summary>
    /// Stores <paramref name="usedAt"/> as the token's last use with a single update that ignores
    /// the row version, so concurrent calls with one token do not conflict.
    /// </summary>
    Task RecordUseAsync(Guid tokenId, DateTimeOffset usedAt, CancellationToken cancellationToken);

    void AddCall(ApiCallRecord call);

    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Calls made with the tokens of <paramref name="profileId"/>, newest first.</summary>
    Task<IReadOnlyList<ApiCallRecord>> ListCallsAsync(Guid profileId, Guid? tokenId, int limit, CancellationToken cancellationToken);
}
