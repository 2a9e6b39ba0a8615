using IIJReportGen.Diagnostics;
using SkiaSharp;
using UglyToad.PdfPig;

namespace IIJReportGen.Markup.Tests;

public sealed class ResourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("markup-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string xhtml)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, xhtml);
        return path;
    }

    [Fact]
    public void ImageNextToTheDocumentIsPlacedAndLinkedStylesheetApplies()
    {
        using (var bitmap = new SKBitmap(40, 20))
        {
            bitmap.Erase(SKColors.SteelBlue);
            using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(_folder, "logo.png"), png.ToArray());
        }
        File.WriteAllText(Path.Combine(_folder, "doc.css"), ".logo-caption { font-weight: bold; }");
        var path = Write("doc.xhtml", Render.Page("<img src=\"logo.png\" alt=\"IIJ\"/><p class=\"logo-caption\">Caption</p>", "<link rel=\"stylesheet\" href=\"doc.css\"/>"));

        using var document = PdfDocument.Open(Render.Pdf(MarkupDocument.Load(path)));
        var page = document.GetPage(1);

        Assert.Single(page.GetImages());
        Assert.Contains("Bold", page.GetWords().Single().Letters[0].FontName);
    }

    [Fact]
    public void ImageOutsideTheDocumentFolderIsAnError()
    {
        var path = Write("doc.xhtml", Render.Page("<img src=\"../secret.png\"/>"));

        var result = MarkupDocument.Load(path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(MarkupCodes.Resource, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(5, error.Location!.Line);
        Assert.Null(result.Document);
    }
}
