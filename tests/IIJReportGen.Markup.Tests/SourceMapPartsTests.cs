using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup.Tests;

/// <summary>A part inserted into a source map (an include's map, inside the markup that carries it, inside the document's) is
/// kept by reference and read when the map is built: it must give what copying its ranges and marks in would have given.</summary>
public class SourceMapPartsTests
{
    private static readonly SourceFile Partial = new("templates/shared/amount.sbnhtml", "<b>54,397</b>");
    private static readonly SourceLocation Expression = new("templates/doc/doc.sbnhtml", 3, 5);

    /// <summary>"(" + the partial's text marked 7 + ")" written by one expression, with the partial inserted after the "(" (the caller inserts the whole where it stands).</summary>
    private static SourceMapBuilder Markup()
    {
        var partial = new SourceMapBuilder();
        partial.Copied(0, Partial.Text.Length, Partial, 0);
        partial.Mark(3, 6, 7);
        var markup = new SourceMapBuilder();
        markup.Written(0, Partial.Text.Length + 2, Expression);
        markup.Insert(partial, 1);
        return markup;
    }

    [Fact]
    public void NestedPartsLocateAndMarkWhereTheyWereInserted()
    {
        var text = "<p>" + "(" + Partial.Text + ")" + "</p>";
        var document = new SourceMapBuilder();
        document.Written(0, 3, new SourceLocation("templates/doc/doc.sbnhtml", 1, 1));
        document.Insert(Markup(), 3);
        document.Written(text.Length - 4, 4, new SourceLocation("templates/doc/doc.sbnhtml", 9, 1));

        var map = document.Build(text, "doc.xhtml");

        Assert.Equal(Expression, map.Locate(3));
        Assert.Equal(Partial.Locate(3), map.Locate(text.IndexOf("54", StringComparison.Ordinal)));
        Assert.Equal(Expression, map.Locate(text.IndexOf(')', StringComparison.Ordinal)));
        Assert.Equal([7], map.MarksOver(text.IndexOf('5'), text.IndexOf('5') + 1));
        Assert.Empty(map.MarksOver(0, 4));
    }

    [Fact]
    public void AResizeAfterAnInsertMovesTheInsertedParts()
    {
        const string placeholder = "<!--header-->", header = "<div>a longer header</div>";
        var document = new SourceMapBuilder();
        document.Written(0, placeholder.Length, Expression);
        document.Insert(Markup(), placeholder.Length);
        document.Resize(0, placeholder.Length, header.Length);
        var text = header + "(" + Partial.Text + ")";

        var map = document.Build(text, "doc.xhtml");

        Assert.Equal(Expression, map.Locate(header.Length - 1));
        Assert.Equal(Partial.Locate(3), map.Locate(text.IndexOf("54", StringComparison.Ordinal)));
        Assert.Equal([7], map.MarksOver(text.IndexOf('5'), text.IndexOf('5') + 1));
    }

    [Fact]
    public void APartCannotChangeOnceInserted()
    {
        var part = Markup();
        new SourceMapBuilder().Insert(part, 0);

        Assert.Throws<InvalidOperationException>(() => part.Written(0, 1, Expression));
        Assert.Throws<InvalidOperationException>(() => part.Mark(0, 1, 8));
        Assert.Throws<InvalidOperationException>(() => part.Resize(0, 1, 2));
        Assert.Throws<InvalidOperationException>(() => part.Insert(new SourceMapBuilder(), 0));
        Assert.Equal(Expression, part.Build("(" + Partial.Text + ")", "part.xhtml").Locate(0));
    }
}
