using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout.Tests;

/// <summary>Where a table's cells go: a row with one cell per column takes the columns' own positions (shared, not copied per
/// row), and a row with spans or more cells than columns gets positions of its own.</summary>
public class TableGeometryTests
{
    private static readonly Width[] Columns = [Width.Constant(100), Width.Constant(50.5f), Width.Constant(30.25f)];

    private static TableRow Row(params int[] spans)
    {
        var row = new TableRow();
        foreach (var span in spans)
            row.AddCell(span);
        return row;
    }

    [Fact]
    public void Every_row_shape_places_its_cells_at_the_columns_it_spans()
    {
        TableRow[] rows = [Row(1, 1, 1), Row(2, 1), Row(1, 2), Row(1), Row(1, 1, 1, 1), Row(3)];
        var context = new LayoutContext(new Typesetter(FontLibrary.Shared, ["Liberation Sans"], new DiagnosticBag()), tagged: false);
        var geometry = new TableGeometry(Columns, [], rows, 500, context);

        (float Left, float Width)[][] expected =
        [
            [(0, 100), (100, 50.5f), (150.5f, 30.25f)],
            [(0, 150.5f), (150.5f, 30.25f)],
            [(0, 100), (100, 80.75f)],
            [(0, 100)],
            [(0, 100), (100, 50.5f), (150.5f, 30.25f), (180.75f, 0)],
            [(0, 180.75f)],
        ];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < expected[r].Length; c++)
            {
                Assert.Equal(expected[r][c].Left, geometry.CellLeft(r, c));
                Assert.Equal(expected[r][c].Width, geometry.CellWidth(r, c));
            }
        }
    }
}
