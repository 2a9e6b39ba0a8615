using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup.Tests;

/// <summary>Markup reads the XHTML through its source map: findings name the sources, marks ride on the text to the pages.</summary>
public class SourceMapTests
{
    private const string Head = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head>\n";

    /// <summary>XHTML made as a renderer makes it: a head written by one template line, then a template's text copied as is.</summary>
    private static (string Xhtml, SourceMapBuilder Map) Rendered(SourceFile template)
    {
        var xhtml = Head + template.Text + "</html>\n";
        var map = new SourceMapBuilder();
        map.Written(0, Head.Length, new SourceLocation("templates/doc/head.sbnhtml", 2, 1));
        map.Copied(Head.Length, template.Text.Length, template, 0);
        map.Written(Head.Length + template.Text.Length, "</html>\n".Length, new SourceLocation("templates/doc/doc.sbnhtml", 9, 1));
        return (xhtml, map);
    }

    [Fact]
    public void AnElementOutsideTheVocabularyIsReportedAtItsTemplateLine()
    {
        var (xhtml, map) = Rendered(new SourceFile("templates/doc/doc.sbnhtml", "<body>\n<p>fine</p>\n  <blink>no</blink>\n</body>"));

        var result = MarkupDocument.Parse(xhtml, map.Build(xhtml, "doc.xhtml"), "", "style.css");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(new SourceLocation("templates/doc/doc.sbnhtml", 3, 4), error.Location);
    }

    [Fact]
    public void AnUnclosedElementIsReportedAtTheTemplateWithTheStartTagsTemplatePosition()
    {
        var (xhtml, map) = Rendered(new SourceFile("templates/doc/doc.sbnhtml", "<body>\n<table><tr>\n<td>open\n</tr></table>\n</body>"));

        var result = MarkupDocument.Parse(xhtml, map.Build(xhtml, "doc.xhtml"), "", "style.css");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("templates/doc/doc.sbnhtml:4:3: error MARKUP001: The XHTML is not well-formed XML: The 'td' start tag at templates/doc/doc.sbnhtml:3:2 "
            + "does not match the end tag of 'tr'. Close every element, quote every attribute and write entities as &#160; (XHTML has no &nbsp; without a DTD).", error.ToString());
    }

    [Fact]
    public void ContentThatCannotFitOnAPageIsReportedAtItsElement()
    {
        var laidOut = Render.Markup(Render.Page("<p>before</p>\n  <div style=\"padding-top: 2000pt\"></div>")).Document!.Layout();

        var finding = Assert.Single(laidOut.Diagnostics, d => d.Code == LayoutCodes.DoesNotFit);
        Assert.Equal(new SourceLocation("test.xhtml", 6, 4), finding.Location);
    }

    [Fact]
    public void AMarkIsPlacedOnThePageThatDrawsItsText()
    {
        var xhtml = Render.Page("<p>Revenues were <span>54,397</span> million.</p>\n<p style=\"page-break-before: always\">Again: JPY54,397 million.</p>");
        var map = new SourceMapBuilder();
        map.Copied(0, xhtml.Length, new SourceFile("test.xhtml", xhtml), 0);
        map.Mark(xhtml.IndexOf("54,397", StringComparison.Ordinal), "54,397".Length, 7);
        map.Mark(xhtml.LastIndexOf("54,397", StringComparison.Ordinal), "54,397".Length, 8);

        var laidOut = MarkupDocument.Parse(xhtml, map.Build(xhtml, "test.xhtml"), "", "style.css").Document!.Layout();

        Assert.Equal(7, Assert.Single(laidOut.Pages[0].Placements).Mark);
        var second = Assert.Single(laidOut.Pages[1].Placements);
        Assert.Equal(8, second.Mark);
        Assert.True(second.Bounds.Width > 0 && second.Bounds.Top > 0, $"{second.Bounds}");
    }
}
