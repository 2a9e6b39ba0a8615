using IIJReportGen.Tests.Shared;
using UglyToad.PdfPig;

namespace IIJReportGen.Layout.Tests;

/// <summary>The layout's structure marks (Tagged, table sections and rows, page bands) as the PDF writer turns them into a structure tree.</summary>
public class StructureMarkTests
{
    [Fact]
    public void RepeatedHeaderRowsAreArtifactsOnContinuationPages()
    {
        using var pdf = PdfDocument.Open(Samples.Pdf(TaggedTable(120)));
        var table = Assert.Single(PdfStructure.Read(pdf)!.Kids);

        Assert.True(pdf.NumberOfPages > 1);
        Assert.Equal(["THead", "TBody"], table.Kids.Select(k => k.Role));
        Assert.Equal("Item1H12", Assert.Single(table.Kids[0].Kids).AllText);
        Assert.Equal(120, table.Kids[1].Kids.Count);
        var second = PdfStructure.Flatten(pdf.GetPage(2).GetMarkedContents()).ToList();
        var repeated = Assert.Single(second, c => c.IsArtifact && Text(c.Letters).Contains("Item", StringComparison.Ordinal));
        Assert.Equal("Item1H12", Text(repeated.Letters));
    }

    [Fact]
    public void PageBandsAreArtifactsAndUntaggedLayoutsHaveNoStructureTree()
    {
        using var untagged = PdfDocument.Open(Samples.Pdf(Samples.Release(5)));

        Assert.False(PdfStructure.Catalog(untagged).ContainsKey("StructTreeRoot"));
        Assert.False(PdfStructure.Catalog(untagged).ContainsKey("MarkInfo"));
        using var tagged = PdfDocument.Open(Samples.Pdf(TaggedTable(3)));
        var header = PdfStructure.Flatten(tagged.GetPage(1).GetMarkedContents()).First();
        Assert.True(header.IsArtifact);
        Assert.Equal("Page1", Text(header.Letters));
    }

    [ExternalToolFact("poppler-utils", "pdfinfo")]
    public void PdfinfoSaysTagged()
    {
        var (exitCode, output) = ExternalTool.RunOnPdf(Samples.Pdf(TaggedTable(60)), "pdfinfo");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"(?m)^Tagged:\s+yes$", output);
    }

    [ExternalToolFact("qpdf", "qpdf")]
    public void TaggedPdfPassesQpdf()
    {
        var (exitCode, output) = ExternalTool.RunOnPdf(Samples.Pdf(TaggedTable(60)), "qpdf", "--check");

        Assert.True(exitCode == 0, output);
    }

    private static string Text(IEnumerable<UglyToad.PdfPig.Content.Letter> letters) => string.Concat(letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>A page header "Page N" and a table with a header row, tagged as the markup stage tags one.</summary>
    private static Document TaggedTable(int rows) => new Document(new DocumentSettings { Tagged = true }).Page(page =>
    {
        page.Size(PageSize.A4).Margin(Samples.Margin);
        page.Header().PageNumber("Page {page}", Samples.Body);
        page.Content().Tagged(new StructureElement(StructureRole.Table)).Table(table =>
        {
            table.TagParts().RelativeColumn().ConstantColumn(80);
            table.HeaderRow(row =>
            {
                row.Cell().Tagged(new StructureElement(StructureRole.TH) { Scope = HeaderScope.Column }).Text("Item", Samples.Bold);
                row.Cell().Tagged(new StructureElement(StructureRole.TH) { Scope = HeaderScope.Column }).Text("1H12", Samples.Bold);
            });
            for (var i = 1; i <= rows; i++)
            {
                var n = i;
                table.Row(row =>
                {
                    row.Cell().Tagged(new StructureElement(StructureRole.TH) { Scope = HeaderScope.Row }).Text(Samples.Label(n), Samples.Body);
                    row.Cell().Tagged(new StructureElement(StructureRole.TD)).Text(Samples.Figure(n), Samples.Body);
                });
            }
        });
    });
}
