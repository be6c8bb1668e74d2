namespace Idocs.Web.Tests.Accounts;

/// <summary>The accounts tests share one host, database and test PKI; each test uses its own random IINs and BINs.</summary>
[CollectionDefinition(Name)]
public sealed class AccountsHostDefinition : ICollectionFixture<AccountsHostFixture>
{
    public const string Name = "Accounts";
}
