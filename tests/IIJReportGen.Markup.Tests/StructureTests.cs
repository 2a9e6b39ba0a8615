using IIJReportGen.Tests.Shared;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace IIJReportGen.Markup.Tests;

/// <summary>The tagged PDF's structure tree, read back: what each element of the markup became, and what is page furniture.</summary>
public sealed class StructureTests : IDisposable
{
    private const string Body = """
        <div class="page-footer">- <span class="page-number"/> -</div>
        <h1>Results</h1>
        <p>Revenues rose<sup>1</sup>; see <a href="https://www.iij.ad.jp/en/ir/">the IR site</a> for details.</p>
        <table>
          <thead><tr><th>Item</th><th>Before</th><th>After</th></tr></thead>
          <tbody><tr><th>Revenues</th><td>10</td><td>20</td></tr></tbody>
        </table>
        <ul><li>Network services</li><li>Systems integration</li></ul>
        <div class="footnotes"><p><sup>1</sup> Figures are in millions of yen.</p></div>
        <img src="chart.png" alt="Revenue chart"/>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("markup-structure-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ElementsBecomeStructureInReadingOrder()
    {
        using var pdf = PdfDocument.Open(Pdf(Body));
        var root = PdfStructure.Read(pdf);

        Assert.NotNull(root);
        Assert.Equal("Document", root.Role);
        Assert.Equal(["H1", "P", "Table", "L", "Div", "Figure"], root.Kids.Select(k => k.Role));
        Assert.Equal("Results", root.Kids[0].AllText);
        Assert.Equal("Revenues rose1; see the IR site for details.", root.Kids[1].AllText);
    }

    [Fact]
    public void TableHeaderCellsHaveScopes()
    {
        using var pdf = PdfDocument.Open(Pdf(Body));
        var table = PdfStructure.Read(pdf)!.Descendants().Single(n => n.Role == "Table");

        Assert.Equal(["THead", "TBody"], table.Kids.Select(k => k.Role));
        var head = Assert.Single(table.Kids[0].Kids);
        Assert.Equal("TR", head.Role);
        Assert.Equal(["TH", "TH", "TH"], head.Kids.Select(c => c.Role));
        Assert.All(head.Kids, th => Assert.Equal("Column", th.Attributes["Scope"]));
        Assert.Equal(["Item", "Before", "After"], head.Kids.Select(c => c.AllText));
        var row = Assert.Single(table.Kids[1].Kids);
        Assert.Equal(["TH", "TD", "TD"], row.Kids.Select(c => c.Role));
        Assert.Equal("Row", row.Kids[0].Attributes["Scope"]);
        Assert.Equal(["Revenues", "10", "20"], row.Kids.Select(c => c.AllText));
    }

    [Fact]
    public void ListItemsHaveLabelsAndBodies()
    {
        using var pdf = PdfDocument.Open(Pdf(Body));
        var list = PdfStructure.Read(pdf)!.Descendants().Single(n => n.Role == "L");

        Assert.Equal(["LI", "LI"], list.Kids.Select(k => k.Role));
        Assert.All(list.Kids, item => Assert.Equal(["Lbl", "LBody"], item.Kids.Select(k => k.Role)));
        Assert.Equal(["•", "•"], list.Kids.Select(item => item.Kids[0].AllText));
        Assert.Equal(["Network services", "Systems integration"], list.Kids.Select(item => item.Kids[1].AllText));
    }

    [Fact]
    public void FootnoteIsANoteAndLinkHoldsItsAnnotation()
    {
        using var pdf = PdfDocument.Open(Pdf(Body));
        var root = PdfStructure.Read(pdf)!;

        var note = Assert.Single(root.Descendants(), n => n.Role == "Note");
        Assert.StartsWith("note-", note.Id);
        Assert.Equal("1 Figures are in millions of yen.", note.AllText);
        var link = Assert.Single(root.Descendants(), n => n.Role == "Link");
        Assert.Equal("the IR site", link.AllText);
        Assert.Equal(1, link.Annotations);
        var annotation = Assert.Single(pdf.GetPage(1).GetAnnotations());
        Assert.Equal("the IR site", PdfStructure.Value(annotation.AnnotationDictionary.Data["Contents"]));
        Assert.Equal("Revenue chart", root.Descendants().Single(n => n.Role == "Figure").Alt);
    }

    [Fact]
    public void PageNumbersArePaginationArtifacts()
    {
        using var pdf = PdfDocument.Open(Pdf(Body));
        var contents = PdfStructure.Flatten(pdf.GetPage(1).GetMarkedContents()).ToList();

        var footer = Assert.Single(contents, c => string.Concat(c.Letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal) == "-1-");
        Assert.True(footer.IsArtifact);
        Assert.Equal("Pagination", PdfStructure.Value(footer.Properties.Data["Type"]));
        Assert.Equal("Footer", PdfStructure.Value(footer.Properties.Data["Subtype"]));
        Assert.DoesNotContain("-1-", PdfStructure.Read(pdf)!.AllText.Replace(" ", "", StringComparison.Ordinal));
        // Every letter on the page is in marked content: structure or artifact.
        Assert.Equal(pdf.GetPage(1).Letters.Count, contents.Where(c => c.Children.Count == 0).Sum(c => c.Letters.Count));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void CatalogSaysLanguageMarkedAndShowTheTitle(string language)
    {
        using var pdf = PdfDocument.Open(Pdf(Body.Replace("<h1>", $"<h1 xml:lang=\"{language}\">", StringComparison.Ordinal), language));
        var catalog = PdfStructure.Catalog(pdf);

        Assert.Equal(language, PdfStructure.Value(catalog["Lang"]));
        Assert.Equal("true", PdfStructure.Value(PdfStructure.Dictionary(pdf, catalog["MarkInfo"])["Marked"]));
        Assert.Equal("true", PdfStructure.Value(PdfStructure.Dictionary(pdf, catalog["ViewerPreferences"])["DisplayDocTitle"]));
    }

    private byte[] Pdf(string body, string language = "en")
    {
        using (var bitmap = new SKBitmap(40, 20))
        {
            bitmap.Erase(SKColors.SteelBlue);
            using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(_folder, "chart.png"), png.ToArray());
        }
        var xhtml = Render.Page(body).Replace("<html xmlns=\"http://www.w3.org/1999/xhtml\"", $"<html xml:lang=\"{language}\" xmlns=\"http://www.w3.org/1999/xhtml\"", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "doc.xhtml");
        File.WriteAllText(path, xhtml);
        return Render.Pdf(MarkupDocument.Load(path));
    }
}
