namespace Tongxin.Web.Cli;

/// <summary>Row counts of every table in the model; table names come from the model, never from input.</summary>
public static class TableCounts
{
    public static async Task<Dictionary<string, long>> ReadAsync(TongxinDb db)
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>()
            .Distinct().Order().ToList();
        var conn = db.Database.GetDbConnection();
        var opened = conn.State != System.Data.ConnectionState.Open;
        if (opened) await conn.OpenAsync();
        try
        {
            var result = new Dictionary<string, long>();
            foreach (var t in tables)
            {
                await using var cmd = conn.CreateCommand();
                cmd.CommandText = $"SELECT COUNT(*) FROM \"{t.Replace("\"", "")}\"";
                result[t] = Convert.ToInt64(await cmd.ExecuteScalarAsync());
            }
            return result;
        }
        finally
        {
            if (opened) await conn.CloseAsync();
        }
    }
}
