using Idocs.Signatures.Revocation.Crl;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Idocs.Web.Tests.Accounts;

/// <summary>
/// One web host on a fresh PostgreSQL database (named by <c>IDOCS_TEST_POSTGRES</c>) with the test
/// PKI and its OCSP responder on loopback, shared by the accounts tests. A second host on the same
/// database points OCSP at a closed port, for the "responder down" case. Without the variable the
/// tests skip.
/// </summary>
public sealed class AccountsHostFixture : IAsyncLifetime
{
    public const string ServerVariable = "IDOCS_TEST_POSTGRES";

    private readonly Dictionary<string, string?> _settings = [];
    private string? _server;
    private string? _connectionString;
    private AccountsWebApplicationFactory? _ocspDownHost;

    public AccountsTestPki Pki { get; private set; } = null!;

    public AccountsWebApplicationFactory Host { get; private set; } = null!;

    public TestClock Clock { get; } = new();

    /// <summary>The individual certificate of the configured platform support agent.</summary>
    public TestCertificateHolder SupportAgent { get; private set; } = null!;

    public Guid SupportAgentId { get; } = Guid.NewGuid();

    /// <summary>A host whose OCSP responder address is a closed loopback port and which has no CRL.</summary>
    public async Task<AccountsWebApplicationFactory> OcspDownHostAsync()
    {
        if (_ocspDownHost is null)
        {
            _ocspDownHost = new AccountsWebApplicationFactory(
                new Dictionary<string, string?>(_settings) { ["Signatures:Ocsp:ResponderUrl"] = $"http://127.0.0.1:{AccountsTestPki.FreePort()}/" },
                Clock);
            await LoadCrlsAsync(_ocspDownHost);
        }

        return _ocspDownHost;
    }

    public async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        _connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = "idocs_accounts_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        Pki = AccountsTestPki.Start();
        SupportAgent = Pki.Individual();
        _settings["Storage:Provider"] = "PostgreSql";
        _settings["Storage:ConnectionString"] = _connectionString;
        _settings["Accounts:Support:Agents:0:Id"] = SupportAgentId.ToString();
        _settings["Accounts:Support:Agents:0:Name"] = "Support Agent";
        _settings["Accounts:Support:Agents:0:Iin"] = SupportAgent.Iin;

        // The 1C module's tests receive webhooks on a loopback receiver and wait for the outbox.
        _settings["Webhooks:AllowLoopback"] = "true";
        _settings["Outbox:PollInterval"] = "00:00:00.200";

        // Print forms in a downloaded archive carry a QR code to this address; nothing is fetched from it.
        _settings["PrintForms:VerificationBaseUrl"] = "https://idocs.kz";
        foreach (var (key, value) in Pki.TrustSettings())
        {
            _settings[key] = value;
        }

        Host = new AccountsWebApplicationFactory(_settings, Clock);
        await LoadCrlsAsync(Host);
    }

    /// <summary>Starts the host, which runs the migrations, and loads the CRLs before the first test needs them.</summary>
    private static async Task LoadCrlsAsync(AccountsWebApplicationFactory host)
    {
        using var client = host.CreateClient();
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.True(ready.IsSuccessStatusCode, $"The test host is not ready: {(int)ready.StatusCode}");
        var refresh = await host.Services.GetRequiredService<CrlRefresher>().RefreshAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, refresh.Loaded);
    }

    /// <summary>Skips the calling test when no PostgreSQL server is configured.</summary>
    public void SkipWithoutPostgreSql()
    {
        if (_connectionString is null)
        {
            Assert.Skip($"{ServerVariable} is not set; set it to a PostgreSQL connection string such as Host=127.0.0.1;Port=5432;Username=postgres to run the accounts tests.");
        }
    }

    public AccountsClient CreateClient() => new(Host.CreateClient());

    public async ValueTask DisposeAsync()
    {
        if (_ocspDownHost is not null)
        {
            await _ocspDownHost.DisposeAsync();
        }

        if (_connectionString is null)
        {
            return;
        }

        await Host.DisposeAsync();
        await Pki.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        var database = new NpgsqlConnectionStringBuilder(_connectionString).Database!;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
