using Npgsql;
using NpgsqlTypes;

namespace Collections.Benchmarks;

/// <summary>
/// One row exactly as the engine or the domain wrote it (every column, with its PostgreSQL type), captured so the
/// seeder can bulk-copy look-alikes that differ only in the columns it overrides.
/// </summary>
internal sealed class TemplateRow
{
    private TemplateRow(string table, string[] columns, NpgsqlDbType[] types, object?[] values) =>
        (Table, Columns, Types, Values) = (table, columns, types, values);

    public string Table { get; }
    public string[] Columns { get; }
    public NpgsqlDbType[] Types { get; }
    public object?[] Values { get; }

    public object? this[string column] => Values[Index(column)];

    public static async Task<TemplateRow> ReadAsync(NpgsqlConnection connection, string table, string keyColumn, object key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT * FROM {table} WHERE \"{keyColumn}\" = @key LIMIT 1", connection);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) throw new InvalidOperationException($"No {table} row with {keyColumn} = {key}.");
        var schema = (await reader.GetColumnSchemaAsync(cancellationToken)).Cast<Npgsql.Schema.NpgsqlDbColumn>().ToList();
        var values = new object?[reader.FieldCount];
        for (var i = 0; i < values.Length; i++) values[i] = await reader.IsDBNullAsync(i, cancellationToken) ? null : reader.GetValue(i);
        return new TemplateRow(table, schema.Select(c => c.ColumnName).ToArray(), schema.Select(c => c.NpgsqlDbType ?? NpgsqlDbType.Unknown).ToArray(), values);
    }

    public int Index(string column)
    {
        var index = Array.IndexOf(Columns, column);
        return index >= 0 ? index : throw new InvalidOperationException($"{Table} has no column {column}.");
    }

    /// <summary>COPY … FROM STDIN (FORMAT BINARY) with every column of the table.</summary>
    public Task<NpgsqlBinaryImporter> BeginCopyAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.BeginBinaryImportAsync($"COPY {Table} ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", cancellationToken);

    /// <summary>Writes this row with <paramref name="overrides"/> (column index → value) in place of the captured values.</summary>
    public async Task WriteAsync(NpgsqlBinaryImporter writer, IReadOnlyDictionary<int, object?> overrides, CancellationToken cancellationToken)
    {
        await writer.StartRowAsync(cancellationToken);
        for (var i = 0; i < Columns.Length; i++)
        {
            var value = overrides.TryGetValue(i, out var given) ? given : Values[i];
            if (value is null) await writer.WriteNullAsync(cancellationToken);
            else await writer.WriteAsync(value, Types[i], cancellationToken);
        }
    }
}
