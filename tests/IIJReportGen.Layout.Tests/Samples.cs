using System.Globalization;
using IIJReportGen.Pdf;

namespace IIJReportGen.Layout.Tests;

/// <summary>Documents shaped like the seed release, and the plumbing to render and read them back.</summary>
internal static class Samples
{
    public const float Margin = 50;
    public static readonly TextStyle Body = TextStyle.Default.FontSize(9.5f);
    public static readonly TextStyle Bold = Body.Bold();
    public static readonly DateTimeOffset ReleaseDate = new(2013, 11, 8, 15, 0, 0, TimeSpan.FromHours(9));

    public const string Japanese = "平成26年3月期 第2四半期決算短信〔米国基準〕（連結）。当社グループの売上高は、ネットワークサービス、システムインテグレーション及びATM運営事業の増収により、前年同期比6.4%増加しました。";

    public static PdfMetadata Metadata => new(ReleaseDate, ReleaseDate)
    {
        Title = "IIJ 1H FY2013 Financial Results",
        Author = "Internet Initiative Japan Inc.",
        Subject = "Earnings release",
        Keywords = "IIJ, earnings, 決算短信",
    };

    /// <summary>A release page: header with "Page N of M", footer "- N -", headings, prose, Japanese, and a long table.</summary>
    public static Document Release(int tableRows = 90) => new Document().Page(page =>
    {
        page.Size(PageSize.A4).Margin(Margin);
        page.Header().PaddingBottom(6).PageNumber("IIJ 1H FY2013   Page {page} of {pages}", Body.FontSize(8), TextAlignment.Right);
        page.Footer().PaddingTop(6).PageNumber("- {page} -", Body, TextAlignment.Center);
        page.Content().Column(column =>
        {
            column.Spacing(6);
            column.Item().Heading("IIJ Announces First Six Months Financial Results", 1, TextStyle.Default.FontSize(14).Bold());
            column.Item().Text(t =>
            {
                t.Align(TextAlignment.Justify).DefaultStyle(Body);
                t.Span("Tokyo, November 8, 2013 - Internet Initiative Japan Inc. (\"IIJ\" NASDAQ:IIJI, TSE:3774) today announced its consolidated financial results");
                t.Span("1", Body.Superscript());
                t.Span(" for the first six months of the fiscal year ending March 31, 2014. Contact ir@iij.ad.jp or see http://www.iij.ad.jp/en/ir for details.");
            });
            column.Item().Heading("決算短信（連結）", 2, TextStyle.Default.FontSize(12).Bold());
            column.Item().Text(Japanese, Body, TextAlignment.Justify);
            column.Item().Heading("Operating Results Summary", 2, TextStyle.Default.FontSize(12).Bold());
            column.Item().Element(FiguresTable(tableRows));
        });
    });

    /// <summary>A table whose rows say which row they are: "Row 7" with value "7,007".</summary>
    public static Table FiguresTable(int rows)
    {
        var container = new Container();
        container.Table(table =>
        {
            table.RelativeColumn(3).ConstantColumn(70).ConstantColumn(70).AutoColumn();
            table.HeaderRow(row =>
            {
                row.Cell().BorderBottom(0.75f).Padding(3).Text("Item", Bold);
                row.Cell().BorderBottom(0.75f).Padding(3).Text("1H12", Bold, TextAlignment.Right);
                row.Cell().BorderBottom(0.75f).Padding(3).Text("1H13", Bold, TextAlignment.Right);
                row.Cell().BorderBottom(0.75f).Padding(3).Text("YoY %", Bold, TextAlignment.Right);
            });
            for (var i = 1; i <= rows; i++)
            {
                var n = i;
                table.Row(row =>
                {
                    row.Cell().Background(n % 2 == 0 ? Color.FromHex("#EEF2F7") : Color.White).Padding(3).Text(Label(n), Body);
                    row.Cell().Padding(3).Text(Figure(n), Body.TabularFigures(), TextAlignment.Right);
                    row.Cell().Padding(3).Text(Figure(n + 1000), Body.TabularFigures(), TextAlignment.Right);
                    row.Cell().Padding(3).AlignMiddle().Text("(7.8)", Body, TextAlignment.Right);
                });
            }
        });
        return (Table)container.Content!;
    }

    public static string Label(int row) => "Row " + row.ToString(CultureInfo.InvariantCulture);

    public static string Figure(int row) => (row * 1001).ToString("N0", CultureInfo.InvariantCulture);

    public static byte[] Pdf(Document document, out LaidOutDocument laidOut)
    {
        using var stream = new MemoryStream();
        laidOut = PdfRenderer.Render(document, stream, Metadata);
        return stream.ToArray();
    }

    public static byte[] Pdf(Document document) => Pdf(document, out _);


}
