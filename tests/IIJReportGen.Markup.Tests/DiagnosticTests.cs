using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup.Tests;

public class DiagnosticTests
{
    [Fact]
    public void UnknownElementIsAnErrorAtItsLineAndColumn()
    {
        var result = Render.Markup(Render.Page("<p>fine</p>\n  <blink>no</blink>"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Null(result.Document);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(MarkupCodes.UnknownElement, error.Code);
        Assert.Equal(new SourceLocation("test.xhtml", 6, 4), error.Location);
        Assert.StartsWith("test.xhtml:6:4: error MARKUP002: Element <blink> is not in the vocabulary. Use one of: a, b, body, br,", error.ToString());
    }

    [Theory]
    [InlineData("<table><tr><p>x</p></tr></table>", "<p> cannot appear inside <tr>. Expected td or th.")]
    [InlineData("<table><tbody><td>x</td></tbody></table>", "<td> cannot appear inside <tbody>. Expected tr.")]
    [InlineData("<table><p>x</p><tr><td>x</td></tr></table>", "<p> cannot appear inside <table>. Expected colgroup, col, thead, tbody or tr.")]
    public void A_misplaced_table_part_names_what_may_stand_there(string table, string message)
    {
        var error = Assert.Single(Render.Markup(Render.Page(table)).Diagnostics);
        Assert.Equal(MarkupCodes.MisplacedContent, error.Code);
        Assert.EndsWith("error MARKUP003: " + message, error.ToString());
    }

    [Fact]
    public void NotWellFormedXhtmlIsOneErrorWithLineAndColumn()
    {
        var result = Render.Markup("<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body>\n<p>open\n</body></html>");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(MarkupCodes.NotWellFormed, error.Code);
        Assert.Equal(4, error.Location!.Line);
        Assert.Equal(3, error.Location.Column);
    }

    [Fact]
    public void UnknownCssPropertyIsAnErrorAtTheStylesheetLine()
    {
        var css = "p { color: #333333; }\nh2 {\n  font-size: 12pt;\n  blink-rate: 3;\n}\n";

        var result = Render.Markup(Render.Page("<h2>Title</h2>"), css);

        var error = Assert.Single(result.Diagnostics);
        Assert.Null(result.Document);
        Assert.StartsWith("style.css:4:3: error CSS002: Property 'blink-rate' is not in the supported CSS subset. Supported: background, ", error.ToString());
    }

    [Fact]
    public void AFontFamilyThatIsNeitherBundledNorInstalledIsAnErrorAtItsDeclaration()
    {
        var css = "body { font-family: \"Liberation Serif\", serif; }\nh2 {\n  font-size: 12pt;\n  font-family: \"Iijreport Nonexistent Sans\", sans-serif;\n}\n";

        var laidOut = Render.Markup(Render.Page("<h2>Results</h2><p>Revenues</p>"), css).Document!.Layout();

        var error = Assert.Single(laidOut.Diagnostics);
        Assert.Equal("style.css:4:3: error LAYOUT002: Font family 'Iijreport Nonexistent Sans' is neither bundled nor installed. Name a bundled family "
            + "(Liberation Sans, Liberation Serif, Liberation Mono, IPAexGothic, IPAexMincho) or install the font; another font is never put in its place, "
            + "so every machine makes the same document.", error.ToString());
    }

    [Fact]
    public void AMissingGlyphIsAnErrorAtItsOwnCharacter()
    {
        // Not at the start of its text: the entity before it is one character of the text but five of the markup.
        var laidOut = Render.Markup(Render.Page("<p>fine</p>\n<p>A private &amp; \uE000 character</p>")).Document!.Layout();

        var error = Assert.Single(laidOut.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("LAYOUT001", error.Code);
        Assert.Equal(new SourceLocation("test.xhtml", 6, 20), error.Location);
    }

    [Theory]
    [InlineData("<p>A private \uE000 character</p>", 14)] // plain text: its characters are the markup's own, one for one
    [InlineData("<p>A   private \n  \uE000 character</p>", 3)] // after collapsed whitespace, on the next line
    [InlineData("<p><span>Private</span>\uE000</p>", 24)] // a text node after an element
    public void AMissingGlyphInTextWithoutEntitiesIsAtItsOwnCharacter(string paragraph, int column)
    {
        var laidOut = Render.Markup(Render.Page("<p>fine</p>\n" + paragraph)).Document!.Layout();

        var error = Assert.Single(laidOut.Diagnostics);
        Assert.Equal("LAYOUT001", error.Code);
        Assert.Equal(new SourceLocation("test.xhtml", paragraph.Contains('\n') ? 7 : 6, column), error.Location);
    }

    [Fact]
    public void ScreenOnlyPropertyIsAWarningAndTheDocumentStillLaysOut()
    {
        var result = Render.Markup(Render.Page("<p>text</p>"), "a {\n cursor: pointer; }");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(MarkupCodes.IgnoredProperty, warning.Code);
        Assert.Equal(new SourceLocation("style.css", 2, 2), warning.Location);
        Assert.NotNull(result.Document);
    }

    [Theory]
    [InlineData("p { color: notacolor; }", MarkupCodes.UnsupportedValue, 1, 5)]
    [InlineData("\n\np + p { color: red; }", MarkupCodes.UnsupportedSelector, 3, 1)]
    [InlineData("p::before { color: red; }", MarkupCodes.UnsupportedSelector, 1, 1)]
    [InlineData("@page {\n  @bottom-center { content: counter(page); }\n}", MarkupCodes.UnsupportedAtRule, 2, 3)]
    [InlineData("p { display: flex; }", MarkupCodes.UnsupportedValue, 1, 5)]
    [InlineData("p { float: left; }", MarkupCodes.UnsupportedProperty, 1, 5)]
    public void CssOutsideTheSubsetIsReportedWhereItIsWritten(string css, string code, int line, int column)
    {
        var result = Render.Markup(Render.Page("<p>text</p>"), css);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceLocation("style.css", line, column), error.Location);
    }

    [Fact]
    public void StyleElementErrorsPointIntoTheXhtmlFile()
    {
        var result = Render.Markup(Render.Page("<p>x</p>", "<style>\np { margin: 1pt; }\nh1 { position: absolute; }\n</style>"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(new SourceLocation("test.xhtml", 5, 6), error.Location);
    }
}
