using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>A phrase of the dataset that a document may show, with what it is ("text 'footnote.1'") and where it is typed.</summary>
internal sealed record DatasetString(string What, string Text, SourceLocation Location)
{
    /// <summary>Report labels, texts (each paragraph, references left in), table titles, subtitles, line and column labels — in file order per section.</summary>
    public static IEnumerable<DatasetString> Of(ReportDataset dataset)
    {
        var report = dataset.Report;
        foreach (var (key, label) in report.Labels)
            yield return new($"report label '{key}'", label, report.LabelLocations.GetValueOrDefault(key) ?? new SourceLocation(dataset.File, 0, 0, $"$.report.labels.{key}"));
        foreach (var text in dataset.Texts)
            foreach (var paragraph in text.Paragraphs)
                yield return new($"text '{text.Key}'", paragraph, text.Location);
        foreach (var table in dataset.Tables)
        {
            yield return new($"table '{table.Key}' title", table.Title, table.Location);
            if (table.Subtitle is { } subtitle)
                yield return new($"table '{table.Key}' subtitle", subtitle, table.Location);
            foreach (var column in table.Columns.Where(c => c.Label is not null))
                yield return new($"a column label of table '{table.Key}'", column.Label!, column.Location);
            foreach (var line in table.Lines)
                yield return new($"a line label of table '{table.Key}'", line.Label, line.Location);
        }
    }
}
