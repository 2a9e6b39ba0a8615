namespace IIJReportGen.Pdf;

/// <summary>The page tree: object numbers reserved for every page up front (links and destinations refer to pages), one flat /Kids array.</summary>
internal sealed class PageTree
{
    private readonly int[] _pages;

    public PageTree(PdfFile file, int count)
    {
        Root = file.Reserve();
        _pages = Enumerable.Range(0, count).Select(_ => file.Reserve()).ToArray();
    }

    public int Root { get; }

    public int Page(int index) => _pages[index];

    public void Write(PdfFile file) =>
        file.Write(Root, "<</Type /Pages /Kids [" + string.Join(' ', _pages.Select(PdfSyntax.Reference)) + "] /Count " + PdfSyntax.Integer(_pages.Length) + ">>");
}
