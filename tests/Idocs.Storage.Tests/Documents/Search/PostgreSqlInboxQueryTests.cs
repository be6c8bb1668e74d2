using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Documents.Search;

public sealed class PostgreSqlInboxQueryTests(PostgreSqlDatabaseFixture database)
    : InboxQueryTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
