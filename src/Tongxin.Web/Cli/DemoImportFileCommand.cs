using Tongxin.Domain.People;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Cli;

/// <summary>
/// `tongxin demo-import-file <file.xlsx> [行数] [节点代码]`: writes an import file in the template's shape with
/// made-up people (valid, distinct ID numbers), to try the import or benchmark it (issue 6: 10,000 rows). Touches no
/// database.
/// </summary>
public static class DemoImportFileCommand
{
    public static async Task<int> RunAsync(string path, int rows, string node, TextWriter output)
    {
        if (rows is < 1 or > 100_000) throw new ArgumentException("行数应在 1 到 100,000 之间");
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException("文件名应以 .xlsx 结尾");
        // One random sequence number per file and one birth date per row: ID numbers are distinct within the file and,
        // with high probability, from earlier files.
        var sequence = Random.Shared.Next(100, 1000).ToString("000");
        var first = new DateOnly(1950, 1, 1);
        var people = Enumerable.Range(0, rows).Select(i =>
        {
            var birth = first.AddDays(i % 18_000);
            // not the demo's 370404: no clash with its people
            var first17 = Data.Seed.ScaleDemo.BenchCountyCode + birth.ToString("yyyyMMdd") + sequence;
            return PeopleTemplate.Headers.ToDictionary(h => h, h => h switch
            {
                PeopleTemplate.Name => (object?)$"导入压测{i + 1:00000}",
                PeopleTemplate.IdNumber => first17 + IdNumber.CheckCharFor(first17),
                PeopleTemplate.Ethnicity => "汉族",
                PeopleTemplate.Affiliation => "无党派人士",
                PeopleTemplate.Education => "大学本科",
                PeopleTemplate.Employer => "（压测）导入单位",
                PeopleTemplate.Categories => i % 3 == 0
                    ? "无党派人士、非公有制经济人士" : "无党派人士",
                PeopleTemplate.NodeCode => node,
                PeopleTemplate.Tags => "导入压测",
                _ => null,
            });
        }).ToList();
        await using (var file = File.Create(path))
            await MiniExcelLibs.MiniExcel.SaveAsAsync(file, people);
        await output.WriteLineAsync($"已写入 {rows:N0} 行到 {path}（节点 {node}）");
        return 0;
    }
}
