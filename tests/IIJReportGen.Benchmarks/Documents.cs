using System.Globalization;
using IIJReportGen.Layout;

namespace IIJReportGen.Benchmarks;

/// <summary>Documents shaped like the seed release: table-heavy pages, prose pages, and a mix of both.</summary>
internal static class Documents
{
    private static readonly TextStyle Body = TextStyle.Default.FontSize(9);
    private static readonly TextStyle Bold = Body.Bold();
    private const int RowsPerPage = 46; // rows of 9 pt text with 2 pt padding on an A4 page with 50 pt margins

    private const string Prose =
        "1H13 revenues increased by 6.4% YoY due to the revenue growth in network services, systems integration and ATM operation business. " +
        "Operating income decreased by 7.8% YoY mainly due to the increase in SG&A expenses along with business expansion, while net income " +
        "attributable to IIJ increased by 9.9% YoY due to the increase in non-operating income. As the concept of cloud computing has received " +
        "wide recognition, Japanese blue-chip companies are beginning to look at their IT systems differently.";

    private const string Japanese = "当社グループの売上高は、ネットワークサービス、システムインテグレーション及びATM運営事業の増収により、前年同期比6.4%増加しました。";

    /// <summary><paramref name="pages"/> pages of a financial table (4 columns, figures right-aligned, header repeated), with
    /// the figures of <paramref name="seed"/>.</summary>
    public static Document Tables(int pages, int seed) =>
        Single(column => column.Item().Table(table => FiguresTable(table, new Figures(seed), 0, pages * RowsPerPage)));

    /// <summary>About <paramref name="pages"/> pages of justified prose with headings.</summary>
    public static Document ProsePages(int pages) => Single(column =>
    {
        // Eleven paragraphs and a heading fill about one page.
        for (var p = 0; p < pages; p++)
        {
            column.Item().Heading("Overview " + p.ToString(CultureInfo.InvariantCulture), 2, Bold.FontSize(12));
            for (var i = 0; i < 11; i++)
                column.Item().Text(Prose + " " + i.ToString(CultureInfo.InvariantCulture) + (i == 3 ? " " + Japanese : ""), Body, TextAlignment.Justify);
        }
    });

    /// <summary>Alternating prose and tables: the shape of the release itself. Each table has its own figures (those of
    /// <paramref name="seed"/>), as each table of a release has.</summary>
    public static Document Mixed(int pages, int seed) => Single(column =>
    {
        // One section (a heading, seven paragraphs, a 42-row table) fills about 1.7 pages.
        const int rows = RowsPerPage - 4;
        var figures = new Figures(seed);
        for (var p = 0; p < Math.Max(1, (int)Math.Round(pages / 1.7)); p++)
        {
            column.Item().Heading("Section " + p.ToString(CultureInfo.InvariantCulture), 2, Bold.FontSize(12));
            for (var i = 0; i < 7; i++)
                column.Item().Text(Prose, Body, TextAlignment.Justify);
            var first = p * rows;
            column.Item().Table(table => FiguresTable(table, figures, first, rows));
        }
    });

    /// <summary>One paragraph of <paramref name="characters"/> letters with no space or hyphen: no break opportunity at all,
    /// the worst case for line breaking (every line is cut out of one word).</summary>
    public static Document UnbrokenWord(int characters) => Single(column =>
    {
        const string letters = "IIJAnnouncesFirstSixMonthsFinancialResults";
        var text = string.Create(characters, letters, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = source[i % source.Length];
        });
        column.Item().Text(text, Body);
    });

    private static Document Single(Action<ColumnDescriptor> content) => new Document().Page(page =>
    {
        page.Size(PageSize.A4).Margin(50);
        page.Header().PaddingBottom(6).PageNumber("IIJ 1H FY2013   Page {page} of {pages}", Body.FontSize(8), TextAlignment.Right);
        page.Footer().PaddingTop(6).PageNumber("- {page} -", Body, TextAlignment.Center);
        page.Content().Column(column =>
        {
            column.Spacing(6);
            content(column);
        });
    });

    /// <summary>The table's rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="rows"/> − 1 of
    /// <paramref name="figures"/>.</summary>
    private static void FiguresTable(TableDescriptor table, Figures figures, int first, int rows)
    {
        table.RelativeColumn(3).ConstantColumn(70).ConstantColumn(70).ConstantColumn(50);
        table.HeaderRow(row =>
        {
            row.Cell().BorderBottom(0.75f).Padding(2).Text("JPY millions", Bold);
            row.Cell().BorderBottom(0.75f).Padding(2).Text("1H12", Bold, TextAlignment.Right);
            row.Cell().BorderBottom(0.75f).Padding(2).Text("1H13", Bold, TextAlignment.Right);
            row.Cell().BorderBottom(0.75f).Padding(2).Text("YoY %", Bold, TextAlignment.Right);
        });
        for (var i = 0; i < rows; i++)
        {
            var n = first + i;
            table.Row(row =>
            {
                row.Cell().Padding(2).Text(Labels[n % Labels.Length], Body);
                row.Cell().Padding(2).Text(figures.Amount(n, 0), Body.TabularFigures(), TextAlignment.Right);
                row.Cell().Padding(2).Text(figures.Amount(n, 1), Body.TabularFigures(), TextAlignment.Right);
                row.Cell().Padding(2).Text((n % 19 - 7).ToString("0.0", CultureInfo.InvariantCulture), Body.TabularFigures(), TextAlignment.Right);
            });
        }
    }

    private static readonly string[] Labels =
    [
        "Total Revenues", "Network Services", "Systems Integration (SI)", "Equipment Sales", "ATM Operation Business",
        "Total Costs", "SG&A Expenses and R&D", "Operating Income", "Income before Income Tax Expense", "Net Income attributable to IIJ",
    ];
}
