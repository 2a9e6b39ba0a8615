using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>The root of a layout: page templates in order. <c>new Document(settings).Page(p => ...)</c>, then <see cref="Layout"/>.</summary>
public sealed class Document(DocumentSettings? settings = null)
{
    private readonly List<PageTemplate> _pages = [];

    public DocumentSettings Settings { get; } = settings ?? new DocumentSettings();

    public IReadOnlyList<PageTemplate> Pages => _pages;

    /// <summary>Adds a run of pages; each run starts on a new page.</summary>
    public Document Page(Action<PageDescriptor> compose)
    {
        var template = new PageTemplate();
        compose(new PageDescriptor(template));
        _pages.Add(template);
        return this;
    }

    /// <summary>Paginates the content; the result paints to PDF, PNG or plain text without laying out again.</summary>
    public LaidOutDocument Layout()
    {
        var diagnostics = new DiagnosticBag();
        var typesetter = new Typesetter(Settings.Fonts, Settings.FontFamilies, diagnostics);
        return new Paginator(new LayoutContext(typesetter, Settings.Tagged)).Paginate(_pages);
    }
}
