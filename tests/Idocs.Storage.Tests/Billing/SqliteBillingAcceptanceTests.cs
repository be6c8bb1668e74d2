using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Billing;

public sealed class SqliteBillingAcceptanceTests(SqliteDatabaseFixture database)
    : BillingAcceptanceTests(database), IClassFixture<SqliteDatabaseFixture>;
