using System.Globalization;
using System.Text;
using ExcelDataReader;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Pipeline.NextPeriod;

/// <summary>
/// The first sheet of a filled figure list as rows of cells: a CSV file (UTF-8, RFC 4180) or an Excel workbook (.xlsx, .xls,
/// read by ExcelDataReader). A cell is its text, or a number (a double) where Excel stored one.
/// </summary>
public sealed record FigureSheet(string File, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    static FigureSheet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // .xls and old workbooks name Windows code pages

    /// <summary>The sheet, or null with an IMP002 finding when the file is no sheet this can read.</summary>
    public static FigureSheet? Read(string path, DiagnosticBag diagnostics)
    {
        var where = new SourceLocation(path);
        if (!System.IO.File.Exists(path))
            return Unreadable(diagnostics, where, "does not exist", "Give the path of the filled 'iijreport todo --format csv' file (or a workbook).");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".csv")
            return ReadCsv(path, diagnostics);
        if (extension is not (".xlsx" or ".xlsm" or ".xls"))
            return Unreadable(diagnostics, where, "is neither a CSV file (.csv) nor an Excel workbook (.xlsx, .xls)", "Save the sheet as CSV (UTF-8) or .xlsx.");
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            var rows = new List<IReadOnlyList<object?>>();
            while (reader.Read())
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]);
            return new FigureSheet(path, rows);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or NotSupportedException)
        {
            return Unreadable(diagnostics, where, $"is not a workbook Excel can open ({e.Message})", "Open it in Excel and save it again as .xlsx, or save the sheet as CSV (UTF-8).");
        }
    }

    private static FigureSheet? ReadCsv(string path, DiagnosticBag diagnostics)
    {
        var rows = Rfc4180.Read(System.IO.File.ReadAllText(path, Encoding.UTF8), out var unclosed);
        if (unclosed is { } line)
            return Unreadable(diagnostics, new SourceLocation(path, line, 1), "has a quoted field that is never closed", "End the field with a quote (a quote inside a field is written twice: \"\").");
        return new FigureSheet(path, [.. rows.Select(r => (IReadOnlyList<object?>)[.. r])]);
    }

    private static FigureSheet? Unreadable(DiagnosticBag diagnostics, SourceLocation where, string why, string hint)
    {
        diagnostics.Add(Diagnostic.Error(PipelineCodes.SheetUnreadable, $"'{where.File}' {why}.", where, hint));
        return null;
    }

    /// <summary>A cell as a person reads it: its text, or Excel's number written invariantly.</summary>
    public static string Text(object? cell) => cell switch
    {
        null => "",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    /// <summary>The spreadsheet name of a cell, "C5", from its 1-based row and column.</summary>
    public static string CellName(int row, int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
            letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
