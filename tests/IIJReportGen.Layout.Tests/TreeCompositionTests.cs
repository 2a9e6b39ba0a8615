using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout.Tests;

/// <summary>What the fluent API builds: the document tree of a long table lives through the whole render, so a cell is as few
/// objects as its content needs.</summary>
public class TreeCompositionTests
{
    [Fact]
    public void EqualDerivedStylesAreOneStyle()
    {
        var body = TextStyle.Default.FontSize(9);

        Assert.Same(body.TabularFigures(), body.TabularFigures());
        Assert.Same(body.Bold().FontSize(12), TextStyle.Default.FontSize(9).Bold().FontSize(12));
        Assert.Equal(new TextStyle { Size = 9, HasTabularFigures = true }, body.TabularFigures());
        Assert.NotSame(body.Bold(), body.Italic());
        Assert.Equal(700, body.Bold().Weight);
        Assert.False(body.Bold().IsItalic);
    }

    [Fact]
    public void DecoratorIsTheSlotOfItsContent()
    {
        var cell = new Container();

        var padding = cell.Padding(2);
        var paragraph = padding.AlignRight().Text("123,456", Samples.Body);

        var padded = Assert.IsType<Padding>(cell.Content);
        Assert.Same(padded, padding);
        var aligned = Assert.IsType<Alignment>(padded.Content);
        Assert.Same(paragraph, aligned.Content);
        Assert.Throws<InvalidOperationException>(() => padding.Text("second", Samples.Body));
    }

    [Fact]
    public void TableCellIsTheSlotOfItsContent()
    {
        var table = new Table();

        new TableDescriptor(table).ConstantColumn(50).ConstantColumn(50).ConstantColumn(50)
            .Row(row =>
            {
                row.Cell(2).Padding(2).Text("spans two", Samples.Body);
                row.Cell().Text("one", Samples.Body);
            });

        var row = table.Rows.Single();
        var cells = row.Cells;
        Assert.Equal([2, 1], [row.ColumnSpan(0), row.ColumnSpan(1)]);
        Assert.False(row.SpansOneColumnEach);
        Assert.Equal("spans two", Assert.IsType<Paragraph>(Assert.IsType<Padding>(cells[0].Content).Content).PlainText);
        Assert.Equal("one", Assert.IsType<Paragraph>(cells[1].Content).PlainText);
    }

    [Fact]
    public void RowKnowsItsCellsSpans()
    {
        var row = new TableRow();

        row.AddCell();
        Assert.True(row.SpansOneColumnEach);
        row.AddCell(3);
        row.AddCell();

        Assert.False(row.SpansOneColumnEach);
        Assert.Equal([1, 3, 1], Enumerable.Range(0, row.Cells.Count).Select(row.ColumnSpan));
    }

    [Fact]
    public void SpanIsKeptWithItsLink()
    {
        var origin = new TextOrigin(SourceMap.Identity("figure", "a.xhtml"), 0, 6);

        var plain = new TextSpan("figure", Samples.Body);
        var linked = new TextSpan("figure", Samples.Body, "#note");
        var located = new TextSpan("figure", Samples.Body, Origin: origin);
        var both = located with { Link = "#note" };

        Assert.Equal((null, null), (plain.Link, plain.Origin));
        Assert.Equal(("#note", null), (linked.Link, linked.Origin));
        Assert.Equal((null, origin), (located.Link, located.Origin));
        Assert.Equal(("#note", origin), (both.Link, both.Origin));
        Assert.Equal(("#note", null), ((both with { Origin = null }).Link, (both with { Origin = null }).Origin));
        Assert.Equal(linked, new TextSpan("figure", Samples.Body, "#note"));
        Assert.NotEqual(linked, plain);
    }

    [Fact]
    public void PaddedCellsDrawTheirTextInsideThePadding()
    {
        var document = new Document().Page(page =>
        {
            page.Size(new Size(300, 200)).Margin(10);
            page.Content().Table(table =>
            {
                table.ConstantColumn(100).ConstantColumn(100);
                table.Row(row =>
                {
                    row.Cell().Padding(20).Text("left", Samples.Body);
                    row.Cell().Padding(5).Text("right", Samples.Body, TextAlignment.Right);
                });
                table.Row(row =>
                {
                    row.Cell().Padding(5);
                    row.Cell().Padding(5).Text("below", Samples.Body);
                });
            });
        });

        var runs = document.Layout().Pages.Single().Operations.OfType<GlyphRun>().ToDictionary(r => r.Text);

        Assert.Equal(10 + 20, runs["left"].Origin.X, 0.01f);
        Assert.Equal(10 + 100 + 100 - 5, runs["right"].Origin.X + runs["right"].Width, 0.5f);
        // The first row is as tall as its 20-point padding and a line; the empty padded cell below still takes 10 points.
        Assert.True(runs["below"].Origin.Y > runs["left"].Origin.Y + 20, $"{runs["below"].Origin.Y} vs {runs["left"].Origin.Y}");
    }
}
