using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Idocs.Storage.Persistence;

/// <summary>
/// Lowercase snake_case names for columns, keys and indexes, so that both providers have the same
/// schema and raw SQL needs no quoting on PostgreSQL. Table names are set in each configuration.
/// </summary>
public static class SnakeCaseNames
{
    /// <summary>Converts a PascalCase name such as <c>NextAttemptAt</c> to <c>next_attempt_at</c>.</summary>
    public static string From(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);

        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            if (char.IsUpper(character) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLower(character, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Names every column, key and index of the model that has no explicit name.</summary>
    public static void Apply(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var table = entityType.GetTableName() ?? From(entityType.ClrType.Name);

            foreach (var property in entityType.GetProperties())
            {
                if (property.FindAnnotation(RelationalAnnotationNames.ColumnName) is null)
                {
                    property.SetColumnName(From(property.Name));
                }
            }

            foreach (var key in entityType.GetKeys())
            {
                key.SetName(key.IsPrimaryKey()
                    ? $"pk_{table}"
                    : $"ak_{table}_{string.Join('_', key.Properties.Select(p => From(p.Name)))}");
            }

            foreach (var foreignKey in entityType.GetForeignKeys())
            {
                var principalTable = foreignKey.PrincipalEntityType.GetTableName();
                foreignKey.SetConstraintName($"fk_{table}_{principalTable}_{string.Join('_', foreignKey.Properties.Select(p => From(p.Name)))}");
            }

            foreach (var index in entityType.GetIndexes().Where(index => index.Name is null))
            {
                index.SetDatabaseName($"ix_{table}_{string.Join('_', index.Properties.Select(p => From(p.Name)))}");
            }
        }
    }
}
