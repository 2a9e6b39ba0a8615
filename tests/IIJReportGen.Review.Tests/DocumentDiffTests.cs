using IIJReportGen.Review.Alignment;
using IIJReportGen.Review.Documents;

namespace IIJReportGen.Review.Tests;

public sealed class DocumentDiffTests
{
    private static DocumentChanges SampleChanges() =>
        DocumentDiff.Compare("press-release",
            File.ReadAllText(RepositoryPaths.Sample("old/press-release.xhtml")),
            File.ReadAllText(RepositoryPaths.Sample("new/press-release.xhtml")));

    [Fact]
    public void A_changed_sentence_marks_exactly_the_changed_words()
    {
        var change = Assert.Single(SampleChanges().Prose, p => p.Kind == ChangeKind.Changed);

        Assert.Equal("Total revenues were JPY54,397 million, up 6.4% YoY.", change.Old);
        Assert.Equal("Total revenues were JPY54,397 million, up 7.0% YoY.", change.New);
        Assert.Equal("Revenues", change.Section);
        Assert.Equal(
            [
                new RedlineSegment(RedlineKind.Same, "Total revenues were JPY54,397 million, up"),
                new RedlineSegment(RedlineKind.Deleted, "6.4%"),
                new RedlineSegment(RedlineKind.Inserted, "7.0%"),
                new RedlineSegment(RedlineKind.Same, "YoY."),
            ],
            change.Redline);
    }

    [Fact]
    public void An_added_paragraph_is_one_insertion_and_unchanged_sentences_are_not_reported()
    {
        var prose = SampleChanges().Prose;

        var inserted = Assert.Single(prose, p => p.Kind == ChangeKind.Inserted);
        Assert.Equal("Systems integration orders received rose sharply.", inserted.New);
        Assert.Null(inserted.Old);
        Assert.Equal(2, prose.Count);
        Assert.DoesNotContain(prose, p => (p.Old ?? p.New)!.Contains("context text", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_changes_are_reported_cell_by_cell_with_row_and_column()
    {
        var cells = SampleChanges().Cells;

        Assert.Equal(
            [
                new CellChange(ChangeKind.Changed, 1, "Operating Results Summary", "Total Revenues", "YoY %", "6.4", "7.0"),
                new CellChange(ChangeKind.Changed, 1, "Operating Results Summary", "Total", "1H13", "4,000", "4,500"),
                new CellChange(ChangeKind.Changed, 1, "Operating Results Summary", "Total", "YoY %", "33.3", "50.0"),
                new CellChange(ChangeKind.Inserted, 1, "Operating Results Summary", "ATM Operation", "1H12", null, "1,234"),
                new CellChange(ChangeKind.Inserted, 1, "Operating Results Summary", "ATM Operation", "1H13", null, "1,358"),
                new CellChange(ChangeKind.Inserted, 1, "Operating Results Summary", "ATM Operation", "YoY %", null, "10.0"),
            ],
            cells);
    }

    [Fact]
    public void Identical_documents_have_no_changes()
    {
        var xhtml = File.ReadAllText(RepositoryPaths.Sample("old/press-release.xhtml"));

        Assert.True(DocumentDiff.Compare("press-release", xhtml, xhtml).IsEmpty);
    }

    [Fact]
    public void Abbreviations_do_not_end_a_sentence()
    {
        Assert.Equal(
            ["IIJ Inc. reported results under U.S. GAAP.", "The outlook is unchanged.", "As of Sep. 30, 2013 it held cash."],
            SentenceSplitter.Split("IIJ Inc. reported results under U.S. GAAP. The outlook is unchanged. As of Sep. 30, 2013 it held cash."));
    }

    [Fact]
    public void A_column_spanning_heading_names_each_column_it_spans()
    {
        const string Table = "<table><tr><th></th><th colspan=\"2\">1H13</th></tr><tr><th></th><th>US$</th><th>JPY</th></tr><tr><td>Revenues</td><td>{0}</td><td>54,397</td></tr></table>";
        static string Page(string cell) => $"<html><body>{string.Format(System.Globalization.CultureInfo.InvariantCulture, Table, cell)}</body></html>";

        var change = Assert.Single(DocumentDiff.Compare("d", Page("553"), Page("564")).Cells);

        Assert.Equal(("Revenues", "1H13 / US$", "553", "564"), (change.Row, change.Column, change.Old, change.New));
    }
}
