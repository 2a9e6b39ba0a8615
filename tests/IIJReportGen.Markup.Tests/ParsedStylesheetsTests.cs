using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup.Tests;

/// <summary>A stylesheet read once per process gives every document the findings and the cascade of a fresh read.</summary>
public class ParsedStylesheetsTests
{
    [Fact]
    public void Every_document_gets_the_stylesheets_findings_at_their_places()
    {
        const string css = "p { cursor: pointer; }\nh1 { float: left; }\n";
        var first = Render.Markup(Render.Page("<p>one</p>"), css).Diagnostics.ToList();
        var second = Render.Markup(Render.Page("<h1>two</h1>"), css).Diagnostics.ToList();
        Assert.Equal([MarkupCodes.IgnoredProperty, MarkupCodes.UnsupportedProperty], first.Select(d => d.Code));
        Assert.Equal(["style.css:1:5", "style.css:2:6"], first.Select(d => $"{d.Location!.File}:{d.Location.Line}:{d.Location.Column}"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_stylesheet_read_after_another_comes_after_it_in_the_cascade()
    {
        // The second sheet's rule has order 0 in its own reading and must still beat the first sheet's third rule.
        var reader = new StylesheetReader(new DiagnosticBag());
        var sheet = new Stylesheet();
        reader.Read(new CssSource("h1 { color: #000000 } h2 { color: #000000 } p { color: #ff0000 }", "first.css"), sheet, userAgent: false);
        reader.Read(new CssSource("p { color: #0000ff }", "second.css"), sheet, userAgent: false);
        var p = new MarkupElement("p", new Dictionary<string, string>(), new SourceLocation("test.xhtml"));
        Assert.Equal(new IIJReportGen.Layout.Color(0, 0, 255), new StyleResolver(sheet, reader).Resolve(p, new ComputedStyle()).Color);
    }
}
