using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Documents.Search;

public sealed class SqliteInboxQueryTests(SqliteDatabaseFixture database)
    : InboxQueryTests(database), IClassFixture<SqliteDatabaseFixture>;
