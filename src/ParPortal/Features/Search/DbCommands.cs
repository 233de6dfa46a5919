using System.Data;
using System.Data.Common;

namespace ParPortal.Features.Search;

/// <summary>Small ADO.NET helpers shared by the engine implementations.</summary>
internal static class DbCommands
{
    /// <summary>Opens the connection if needed; returns true when the caller must close it again.</summary>
    public static async Task<bool> EnsureOpenAsync(DbConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State == ConnectionState.Open)
        {
            return false;
        }
        await connection.OpenAsync(ct);
        return true;
    }

    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbParameter Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static void Set(this DbCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, transaction, sql);
        foreach (var (name, value) in parameters)
        {
            command.Add(name, value);
        }
        return await command.ExecuteNonQueryAsync(ct);
    }
}
