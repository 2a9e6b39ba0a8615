using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Measures;

namespace IIJReportGen.Templating.Tests;

/// <summary>A table of any length renders through the bundled table partial: the loop limit stops runaway loops, not long tables.</summary>
public sealed partial class LongTableTests
{
    private const int Rows = 2_000;

    [GeneratedRegex("<tr class=\"line\">")]
    private static partial Regex LineRow();

    [GeneratedRegex("<td class=\"figure negative\">")]
    private static partial Regex NegativeCell();

    [Fact]
    public void A_table_of_two_thousand_lines_renders_every_line()
    {
        using var templates = BundledTablePartials(ScratchTemplates.Page("{{ include \"shared/statement-table.sbnhtml\" \"long\" }}"));
        var result = templates.Render(LongTable());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Rows, LineRow().Matches(result.Xhtml).Count);
        // Every other line falls (odd rows): its change column is a negative in parentheses, hung into the padding.
        Assert.Equal(Rows / 2, NegativeCell().Matches(result.Xhtml).Count);
        Assert.EndsWith($"<tr class=\"line\"><td class=\"label indent-1\">Line {Rows}</td><td class=\"figure\">2,000,000</td><td class=\"figure\">2,002,000</td><td class=\"figure\">2,000</td></tr>", result.Xhtml.Split("\n\n</tbody>")[0]);
    }

    [Fact]
    public void The_loop_limit_is_at_least_the_longest_tables_line_count()
    {
        using var templates = BundledTablePartials(ScratchTemplates.Page("{{ include \"shared/statement-table.sbnhtml\" \"long\" }}"));
        var result = templates.Render(LongTable(), new RenderOptions(LoopLimit: Rows / 4));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Rows, LineRow().Matches(result.Xhtml).Count);
    }

    /// <summary>A scratch document beside the bundled table partials, read from templates/shared.</summary>
    private static ScratchTemplates BundledTablePartials(string body) => new(body,
        [.. new[] { "shared/statement-table.sbnhtml", "shared/unit-heading.sbnhtml" }
            .Select(name => (name, File.ReadAllText(Path.Combine(RepositoryPaths.Templates, name))))]);

    /// <summary>The mini dataset with a table "long" of <see cref="Rows"/> lines, each its own concept; odd lines fall year on year.</summary>
    private static ReportModel LongTable() => Datasets.MiniWith(json =>
    {
        var concepts = json["concepts"]!.AsObject();
        var lines = new JsonArray();
        for (var row = 1; row <= Rows; row++)
        {
            var id = "Line" + row.ToString(CultureInfo.InvariantCulture);
            var before = 1_000 * row;
            concepts[id] = new JsonObject
            {
                ["label"] = "Line " + row.ToString(CultureInfo.InvariantCulture),
                ["unit"] = "JPY",
                ["scale"] = 3,
                ["values"] = new JsonObject { ["1H12"] = before, ["1H13"] = row % 2 == 1 ? before - row : before + row },
            };
            lines.Add(new JsonObject { ["concept"] = id, ["label"] = "Line " + row.ToString(CultureInfo.InvariantCulture), ["indent"] = 1 });
        }
        json["tables"]!.AsObject()["long"] = new JsonObject
        {
            ["title"] = "Long",
            ["display"] = "thousands",
            ["columns"] = new JsonArray(
                new JsonObject { ["period"] = "1H12" },
                new JsonObject { ["period"] = "1H13" },
                new JsonObject { ["period"] = "1H13", ["measure"] = "change" }),
            ["lines"] = lines,
        };
    });
}
