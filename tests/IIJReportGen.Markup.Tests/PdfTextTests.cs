using UglyToad.PdfPig;

namespace IIJReportGen.Markup.Tests;

/// <summary>
/// The PDF of each committed document says, page by page, what its committed text rendition says: every glyph drawn
/// extracts (PdfPig reads the ToUnicode maps) as the character the layout placed.
/// </summary>
public class PdfTextTests
{
    private static readonly string Outputs = Path.Combine(RepositoryRoot(), "output", "iij", "fy2013-1h");

    [Theory]
    [InlineData("press-release")]
    [InlineData("tse-summary")]
    [InlineData("tanshin")]
    public void EveryPageExtractsTheCharactersOfItsTextRendition(string document)
    {
        var rendition = File.ReadAllText(Path.Combine(Outputs, document + ".txt")).Split("\f\n");

        using var pdf = PdfDocument.Open(Render.Pdf(MarkupDocument.Load(Path.Combine(Outputs, document + ".xhtml"))));

        Assert.Equal(rendition.Length, pdf.NumberOfPages);
        for (var page = 1; page <= pdf.NumberOfPages; page++)
        {
            var extracted = Characters(string.Concat(pdf.GetPage(page).Letters.Select(l => l.Value)));
            Assert.True(Characters(rendition[page - 1]) == extracted, $"page {page} of {document} extracts other characters than its text rendition");
        }
    }

    /// <summary>The non-space characters, sorted: the order of runs differs between the readers, the characters must not.</summary>
    private static string Characters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)).Order());

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IIJReportGen.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("IIJReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
