using System.Globalization;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Pipeline.NextPeriod;

/// <summary>What an import did: the new dataset text (null when a row was wrong, so nothing is written) and its counts.</summary>
public sealed record ImportResult(string? Json, DiagnosticBag Diagnostics, int Written, int Changed, int Empty);

/// <summary>
/// Writes the figures of a filled sheet into a dataset: columns found by their header's name (concept, period, value;
/// scale checked when present), values typed at the concept's scale, "-" before or parentheses around a negative, a lone
/// dash for a nil. Every row is checked first; one wrong row (IMP001, at its row and column) and nothing is written.
/// </summary>
public static partial class FigureImport
{
    public static ImportResult Apply(ReportDataset dataset, string datasetJson, FigureSheet sheet)
    {
        var diagnostics = new DiagnosticBag();
        if (Header(sheet, diagnostics) is not { } columns)
            return new ImportResult(null, diagnostics, 0, 0, 0);
        var figures = new Dictionary<(string Concept, string Period), (decimal? Value, int Row)>();
        var empty = 0;
        for (var row = 1; row < sheet.Rows.Count; row++)
        {
            var cells = sheet.Rows[row];
            var concept = Cell(cells, columns.Concept).Trim();
            var period = Cell(cells, columns.Period).Trim();
            if (concept.Length == 0 && period.Length == 0)
                continue; // a text to review, or a blank line
            var rowFinding = new RowFinding(sheet.File, row + 1, diagnostics);
            if (Fact(dataset, cells, columns, rowFinding) is not { } known)
                continue;
            var raw = cells.ElementAtOrDefault(columns.Value);
            if (FigureSheet.Text(raw).Trim().Length == 0)
            {
                empty++;
                continue;
            }
            if (!Number(raw, out var value))
            {
                rowFinding.Add(columns.Value, $"'{FigureSheet.Text(raw).Trim()}' is not a figure.", "Type digits with '.' for decimals; '-' or parentheses for a negative; a lone '-' for a nil.");
                continue;
            }
            if (value is { } v && Decimals(v) > known.Decimals)
            {
                rowFinding.Add(columns.Value, $"{FigureSheet.Text(raw).Trim()} has {Decimals(v)} decimal(s), but concept '{concept}' is typed with {known.Decimals} (at scale {known.Scale}).",
                    $"Type the figure as the source prints it at the concept's scale (10^{known.Scale} {known.Unit}), or change the concept's decimals.");
                continue;
            }
            if (figures.TryGetValue((concept, period), out var earlier) && earlier.Value != value)
            {
                rowFinding.Add(columns.Value, $"'{concept}' for {period} is also given on row {earlier.Row} with another value.", "Keep one row per concept and period.");
                continue;
            }
            figures[(concept, period)] = (value, row + 1);
        }
        if (diagnostics.HasErrors)
            return new ImportResult(null, diagnostics, 0, 0, empty);
        var root = DatasetJson.Parse(datasetJson);
        var order = dataset.Periods.Keys.Select((key, index) => (key, index)).ToDictionary(p => p.key, p => p.index, StringComparer.Ordinal);
        var changed = figures.Count(f => Write(root, f.Key.Concept, f.Key.Period, f.Value.Value, order));
        return new ImportResult(DatasetJson.Write(root, datasetJson), diagnostics, figures.Count, changed, empty);
    }

    private sealed record Columns(int Concept, int Period, int Value, int? Scale);

    private static Columns? Header(FigureSheet sheet, DiagnosticBag diagnostics)
    {
        var names = sheet.Rows.Count == 0 ? [] : sheet.Rows[0].Select(c => FigureSheet.Text(c).Trim().ToLowerInvariant()).ToList();
        int? Find(string name) => names.IndexOf(name) is var i and >= 0 ? i : null;
        var missing = new[] { "concept", "period", "value" }.Where(n => Find(n) is null).ToList();
        if (missing.Count == 0)
            return new Columns(Find("concept")!.Value, Find("period")!.Value, Find("value")!.Value, Find("scale"));
        diagnostics.Add(Diagnostic.Error(PipelineCodes.SheetUnreadable,
            $"'{sheet.File}' has no {string.Join(", ", missing)} column (its first row names the columns: {string.Join(", ", names.Where(n => n.Length > 0))}).",
            new SourceLocation(sheet.File, 1, 1, "A1"), $"Name the columns in the first row: {string.Join(",", TodoList.Columns)} (as 'iijreport todo --format csv' writes them)."));
        return null;
    }

    /// <summary>The concept a row names, when it and the period are the dataset's (and the scale, if given, the concept's).</summary>
    private static Concept? Fact(ReportDataset dataset, IReadOnlyList<object?> cells, Columns columns, RowFinding finding)
    {
        var (concept, period) = (Cell(cells, columns.Concept).Trim(), Cell(cells, columns.Period).Trim());
        if (!dataset.Concepts.TryGet(concept, out var known))
        {
            if (dataset.Measures.TryGet(concept, out var measure))
                finding.Add(columns.Concept, $"'{concept}' is a measure, computed from concepts: fill those.", $"{concept} = {measure.Expression}.");
            else
                finding.Add(columns.Concept, $"The dataset has no concept '{concept}'.", Suggestion.Hint(concept, [.. dataset.Concepts.Keys], "concepts"));
            return null;
        }
        if (!dataset.Periods.Contains(period))
        {
            finding.Add(columns.Period, $"The dataset has no period '{period}'.", Suggestion.Hint(period, [.. dataset.Periods.Keys], "periods"));
            return null;
        }
        if (columns.Scale is { } scale && Cell(cells, scale).Trim() is { Length: > 0 } typed && typed != known.Scale.ToString(CultureInfo.InvariantCulture))
        {
            finding.Add(scale, $"The row's scale is {typed}, but concept '{concept}' is typed at scale {known.Scale}.", "Type the figure at the concept's scale (as 'iijreport todo' lists it).");
            return null;
        }
        return known;
    }

    private static string Cell(IReadOnlyList<object?> cells, int column) => FigureSheet.Text(cells.ElementAtOrDefault(column));

    /// <summary>A cell as a figure: Excel's number, or text with "-" or parentheses for a negative and "," between thousands; a lone dash is a nil (null).</summary>
    private static bool Number(object? cell, out decimal? value)
    {
        value = null;
        if (cell is double number)
        {
            value = (decimal)number;
            return true;
        }
        var text = FigureSheet.Text(cell).Trim();
        if (text is "-" or "—" or "–")
            return true;
        var negative = text.StartsWith('(') && text.EndsWith(')');
        if (negative)
            text = text[1..^1].Trim();
        if (!GroupedDigits().IsMatch(text) || !decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || (negative && parsed < 0))
            return false;
        value = negative ? -parsed : parsed;
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex GroupedDigits();

    /// <summary>Decimals a figure needs (trailing zeros do not count).</summary>
    private static int Decimals(decimal value) => Normal(value).Scale;

    private static decimal Normal(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Sets the value in the dataset's tree, a new one among the concept's values in the dataset's period order; true when it changed.</summary>
    private static bool Write(JObject root, string concept, string period, decimal? value, IReadOnlyDictionary<string, int> order)
    {
        var node = (JObject)root["concepts"]![concept]!;
        if (node["values"] is not JObject values)
            node["values"] = values = [];
        var written = value is not { } v ? JValue.CreateNull() : Decimals(v) == 0 && v is >= long.MinValue and <= long.MaxValue ? new JValue((long)v) : new JValue(Normal(v));
        if (values.Property(period) is { } existing)
        {
            if (JToken.DeepEquals(existing.Value, written))
                return false;
            existing.Value = written;
            return true;
        }
        var property = new JProperty(period, written);
        if (values.Properties().FirstOrDefault(p => order.GetValueOrDefault(p.Name, int.MaxValue) > order[period]) is { } later)
            later.AddBeforeSelf(property);
        else
            values.Add(property);
        return true;
    }

    /// <summary>Findings of one row, located at a cell ("file:row:column", path "C5").</summary>
    private sealed class RowFinding(string file, int row, DiagnosticBag diagnostics)
    {
        public void Add(int column, string message, string hint) =>
            diagnostics.Add(Diagnostic.Error(PipelineCodes.SheetRowWrong, $"Row {row}: {message}", new SourceLocation(file, row, column + 1, FigureSheet.CellName(row, column + 1)), hint));
    }
}
