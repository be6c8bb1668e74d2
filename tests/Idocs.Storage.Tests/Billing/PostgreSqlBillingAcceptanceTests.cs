using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Billing;

public sealed class PostgreSqlBillingAcceptanceTests(PostgreSqlDatabaseFixture database)
    : BillingAcceptanceTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
