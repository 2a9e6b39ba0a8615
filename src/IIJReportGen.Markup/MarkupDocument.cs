using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>
/// Turns an XHTML document and its stylesheet into a layout document for PdfRenderer, PngRenderer and PlainTextRendition:
/// parse (XML, positions kept), check the vocabulary, read the CSS subset, cascade, then write the layout tree.
/// </summary>
public static class MarkupDocument
{
    /// <summary>
    /// Reads the built-in stylesheet now, unless it was read. Its first read initialises the CSS library (~0.3 s under JIT):
    /// a caller with other work to do first (loading a dataset, rendering templates) calls it on another thread, and the
    /// first document finds the rules ready.
    /// </summary>
    public static void Prepare() => _ = UserAgentStylesheet.Rules;

    /// <summary>Reads an XHTML file and the stylesheets its &lt;link rel="stylesheet"&gt; elements name (relative to the file).</summary>
    public static MarkupResult Load(string xhtmlPath, MarkupOptions? options = null)
    {
        var xhtml = File.ReadAllText(xhtmlPath);
        return Compose(xhtml, SourceMap.Identity(xhtml, xhtmlPath), null, options ?? new MarkupOptions());
    }

    /// <summary>Lays out XHTML text with the given stylesheet standing in for its linked ones; &lt;style&gt; elements still apply.</summary>
    /// <param name="xhtml">The XHTML text.</param>
    /// <param name="source">Where its parts come from (the templates' source map, or <see cref="SourceMap.Identity"/>): findings about
    /// the markup, and layout findings about its text, name those sources; its marks ride on the text to the pages that draw it.</param>
    /// <param name="stylesheetText">The stylesheet.</param>
    /// <param name="stylesheetName">How findings name the stylesheet: the path a person opens to edit it.</param>
    /// <param name="options">Where images are looked up (by default the folder of <paramref name="source"/>'s name).</param>
    public static MarkupResult Parse(string xhtml, SourceMap source, string stylesheetText, string stylesheetName, MarkupOptions? options = null) =>
        Compose(xhtml, source, (stylesheetText, stylesheetName), options ?? new MarkupOptions());

    private static MarkupResult Compose(string xhtml, SourceMap source, (string Text, string Name)? stylesheet, MarkupOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var fileName = source.Name;
        var root = XhtmlReader.Read(xhtml, source, diagnostics);
        if (root is null)
            return new MarkupResult(null, diagnostics, new DocumentProperties("", "", "", "", ""));
        var properties = DocumentProperties.Read(root);
        if (!Vocabulary.Check(root, diagnostics))
            return new MarkupResult(null, diagnostics, properties);
        var folder = Path.GetDirectoryName(Path.GetFullPath(fileName)) ?? ".";
        var resources = new ResourceFolder(options.ResourceRoot ?? folder, diagnostics);
        // The built-in rules before this document's reader is made: the CSS library then never initialises on two threads at once.
        var sheet = new Stylesheet();
        sheet.Add(UserAgentStylesheet.Rules);
        var reader = new StylesheetReader(diagnostics);
        if (stylesheet is { } given)
            reader.Read(new CssSource(given.Text, given.Name), sheet, userAgent: false);
        foreach (var css in DocumentStylesheets(root, fileName, resources, linked: stylesheet is null))
            reader.Read(css, sheet, userAgent: false);
        var document = new LayoutWriter(new StyleResolver(sheet, reader), resources, diagnostics).Write(root, sheet.PageDeclarations);
        return new MarkupResult(diagnostics.HasErrors ? null : document, diagnostics, properties);
    }

    /// <summary>Linked stylesheets (unless one was given) and &lt;style&gt; elements, in document order.</summary>
    private static IEnumerable<CssSource> DocumentStylesheets(MarkupElement root, string fileName, ResourceFolder resources, bool linked)
    {
        var head = root.Elements.FirstOrDefault(e => e.Name == "head");
        foreach (var element in head?.Elements ?? [])
        {
            if (element.Name == "style" && element.Children.OfType<MarkupText>().FirstOrDefault() is { } first)
                yield return new CssSource(string.Concat(element.Children.OfType<MarkupText>().Select(t => t.Text)), first.Location.File, first.Location.Line, first.Location.Column);
            else if (linked && element.Name == "link" && element.Attribute("rel") == "stylesheet" && element.Attribute("href") is { } href
                     && resources.Resolve(href, element.Location) is { } path)
                yield return new CssSource(File.ReadAllText(path), Path.Combine(Path.GetDirectoryName(fileName) ?? "", href));
        }
    }
}
