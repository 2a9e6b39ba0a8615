using UglyToad.PdfPig;

namespace IIJReportGen.Markup.Tests;

public class FlowTests
{
    [Fact]
    public void HeadingsParagraphsAndListsExtractInReadingOrder()
    {
        var xhtml = Render.Page("""
            <h1>IIJ Announces First Six Months Financial Results</h1>
            <p>Tokyo, November 8, 2013 - Internet Initiative Japan Inc.
               today announced its <em>consolidated</em> results.</p>
            <h2>Highlights</h2>
            <ul><li>Revenues increased.</li><li>Operating income decreased.</li></ul>
            <ol><li>First</li><li>Second</li></ol>
            """);

        var text = Render.PageTexts(Render.Pdf(xhtml)).Single();

        Assert.Equal("IIJ Announces First Six Months Financial Results Tokyo, November 8, 2013 - Internet Initiative Japan Inc. today announced its consolidated results. Highlights • Revenues increased. • Operating income decreased. 1. First 2. Second", text);
    }
}
