using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CsrSponsorship.Benchmarks.Scale;

// One table as the app's EF model maps it (decision 0210): column names, how each value is read from the domain object
// and converted (enums, YearMonth, ...), and the provider's type mapping. The bulk path writes domain objects through
// this, so a new column or conversion in Data/Configurations reaches the seed without a second list to keep in step.
public sealed class TableShape
{
    private TableShape(string table, IReadOnlyList<Column> columns, string? generatedKey)
    {
        Table = table;
        Columns = columns;
        GeneratedKey = generatedKey;
    }

    public string Table { get; }

    public IReadOnlyList<Column> Columns { get; }

    // The identity column the seed numbers itself (ids are known up front, so children can point at their parents).
    public string? GeneratedKey { get; }

    public static TableShape Of<T>(AppDbContext db)
    {
        var model = db.GetService<IDesignTimeModel>().Model;
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } generated] ? generated : null;
        var columns = new List<Column>();
        foreach (var property in entity.GetProperties())
        {
            if (property.IsShadowProperty() || property.GetComputedColumnSql(store) is not null)
            {
                // A column the seed cannot fill from the object: computed ones the database fills; a shadow one
                // would make the insert fail loudly, which is the signal to teach the seed about it.
                continue;
            }

            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var getter = property.GetGetter();
            var converter = mapping.Converter;
            columns.Add(new Column(
                property.GetColumnName(store)!,
                property == key,
                mapping,
                entity => getter.GetClrValue(entity) is { } value ? converter?.ConvertToProvider(value) ?? value : null));
        }

        return new TableShape(table, columns, key?.GetColumnName(store));
    }

    // values[i] for Columns[i]: the object's own values, with the seed's id for the key and any parent ids set.
    // A versioned row gets a fresh concurrency token, as AppDbContext gives every added row.
    public object?[] Values(object entity, long? id = null, params (string Column, object Value)[] overrides)
    {
        if (entity is IVersioned versioned)
        {
            versioned.Version = Guid.NewGuid();
        }

        var values = new object?[Columns.Count];
        for (var i = 0; i < Columns.Count; i++)
        {
            var column = Columns[i];
            values[i] = column.IsGeneratedKey
                ? Convert.ChangeType(id ?? throw new ArgumentException($"{Table} needs an id"), column.Mapping.ClrType, CultureInfo.InvariantCulture)
                : column.Read(entity);
            foreach (var (name, value) in overrides)
            {
                if (name == column.Name)
                {
                    values[i] = value;
                }
            }
        }

        return values;
    }

    public sealed record Column(string Name, bool IsGeneratedKey, RelationalTypeMapping Mapping, Func<object, object?> Read);
}
