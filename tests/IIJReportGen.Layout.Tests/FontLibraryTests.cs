using System.Runtime.InteropServices;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout.Tests;

/// <summary>Fonts come from the bundled folder first, by any name they carry, are loaded when text needs them, and are never substituted.</summary>
public class FontLibraryTests
{
    private static FontLibrary BundledOnly() => new(FontLibrary.DefaultBundledFolder, installedFonts: false);

    [Fact]
    public void BundledFamiliesAreFoundByEveryNameTheyCarry()
    {
        var fonts = BundledOnly();

        var gothic = fonts.Find("IPAexGothic", 400, false);

        Assert.Equal("fonts/ipaexg.ttf", gothic?.Source);
        Assert.Same(gothic, fonts.Find("IPAexゴシック", 400, false));
        Assert.Same(gothic, fonts.Find("ipaexgothic", 400, false));
        Assert.Equal("fonts/ipaexm.ttf", fonts.Find("IPAex明朝", 400, false)?.Source);
    }

    [Theory]
    [InlineData(400, false, "fonts/LiberationSerif-Regular.ttf")]
    [InlineData(700, false, "fonts/LiberationSerif-Bold.ttf")]
    [InlineData(700, true, "fonts/LiberationSerif-BoldItalic.ttf")]
    [InlineData(400, true, "fonts/LiberationSerif-Italic.ttf")]
    [InlineData(900, false, "fonts/LiberationSerif-Bold.ttf")]
    [InlineData(300, false, "fonts/LiberationSerif-Regular.ttf")]
    [InlineData(500, false, "fonts/LiberationSerif-Regular.ttf")]
    [InlineData(600, false, "fonts/LiberationSerif-Bold.ttf")]
    public void TheStyleIsMatchedAsCssMatchesIt(int weight, bool italic, string expected)
    {
        Assert.Equal(expected, BundledOnly().Find("Liberation Serif", weight, italic)?.Source);
    }

    [Fact]
    public void AFamilyThatIsNeitherBundledNorInstalledIsNotSubstituted()
    {
        var fonts = new FontLibrary(FontLibrary.DefaultBundledFolder);

        Assert.Null(fonts.Find("Iijreport Nonexistent Sans", 400, false));
        Assert.False(fonts.HasFamily("Iijreport Nonexistent Sans"));
        Assert.True(fonts.HasFamily("Liberation Mono"));
    }

    [Fact]
    public void AFallbackFaceIsLoadedAndNamedAsAnInputOnlyWhenACharacterNeedsIt()
    {
        var fonts = BundledOnly();
        Document Text(string text) => new Document(new DocumentSettings { Fonts = fonts }).Page(page => page.Content().Text(text, Samples.Body));

        var english = Text("Revenues increased by 6.4%").Layout();
        Assert.Equal(["fonts/LiberationSans-Regular.ttf"], fonts.LoadedFaces.Select(f => f.Source));
        Assert.Equal(["fonts/LiberationSans-Regular.ttf"], english.Fonts.Select(f => f.Source));

        var mixed = Text("Revenues 決算短信").Layout();
        Assert.Equal(["fonts/LiberationSans-Regular.ttf", "fonts/ipaexg.ttf"], fonts.LoadedFaces.Select(f => f.Source));
        Assert.Equal(["fonts/LiberationSans-Regular.ttf", "fonts/ipaexg.ttf"], mixed.Fonts.Select(f => f.Source));
    }

    [Fact]
    public void AFaceReadsTheMappedFileInsteadOfACopyInManagedMemory()
    {
        var face = BundledOnly().Find("IPAexGothic", 400, false)!;

        Assert.False(MemoryMarshal.TryGetArray(face.Data, out _));
        Assert.True(face.Data.Span.SequenceEqual(File.ReadAllBytes(Path.Combine(FontLibrary.DefaultBundledFolder, "ipaexg.ttf"))));
    }

    [Fact]
    public void AMissingFamilyIsAnErrorAtItsDeclaration()
    {
        var declaredAt = new SourceLocation("style.css", 4, 8);
        var style = Samples.Body with { FontFamilies = ["Iijreport Nonexistent Sans", "Liberation Sans"], FontFamiliesDeclaredAt = declaredAt };
        var document = new Document(new DocumentSettings { Fonts = BundledOnly() }).Page(page => page.Content().Column(column =>
        {
            column.Item().Text("Revenues", style);
            column.Item().Text("Operating income", style.Bold());
        }));

        var laidOut = document.Layout();

        var error = Assert.Single(laidOut.Diagnostics, d => d.Code == "LAYOUT002");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(declaredAt, error.Location);
        Assert.Equal("Font family 'Iijreport Nonexistent Sans' is neither bundled nor installed.", error.Message);
    }

    [Fact]
    public void OneFamilyListDeclaredAtTwoPlacesIsAnErrorAtEach()
    {
        // Chains are remembered per family list; a second declaration of the same list still gets its own finding.
        IReadOnlyList<string> families = ["Iijreport Nonexistent Sans", "Liberation Sans"];
        var (first, second) = (new SourceLocation("style.css", 4, 8), new SourceLocation("style.css", 9, 3));
        var document = new Document(new DocumentSettings { Fonts = BundledOnly() }).Page(page => page.Content().Column(column =>
        {
            column.Item().Text("Revenues", Samples.Body with { FontFamilies = families, FontFamiliesDeclaredAt = first });
            column.Item().Text("Costs", Samples.Body with { FontFamilies = families, FontFamiliesDeclaredAt = first });
            column.Item().Text("Operating income", Samples.Body with { FontFamilies = families, FontFamiliesDeclaredAt = second });
        }));

        var errors = document.Layout().Diagnostics.Where(d => d.Code == "LAYOUT002").Select(d => d.Location).ToList();

        Assert.Equal([first, second], errors);
    }

    [Fact]
    public void WithoutAnyFontTheLayoutStopsNamingTheFontsFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "iijreport-no-fonts-" + Guid.NewGuid().ToString("N"));
        var document = new Document(new DocumentSettings { Fonts = new FontLibrary(folder, installedFonts: false) })
            .Page(page => page.Content().Text("Revenues", Samples.Body));

        var error = Assert.Throws<FontsUnavailableException>(() => document.Layout());

        Assert.Equal(folder, error.BundledFolder);
        Assert.Contains("Liberation Sans, IPAexGothic", error.Message);
    }
}
