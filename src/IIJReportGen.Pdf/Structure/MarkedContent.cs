using System.Text;
using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>
/// Wraps a page's content in marked-content sequences as the structure marks of its drawing operations say: text (and
/// figures' images) as the content of the innermost open element with an MCID, page bands and repeated table headers
/// as pagination artifacts, borders, backgrounds and rules as plain artifacts. Does nothing for an untagged document.
/// </summary>
internal sealed class MarkedContent(ContentStream content, StructureTree? tree, int page)
{
    private static readonly object Decoration = new();

    private readonly Stack<StructureTree.Node> _open = tree is null ? [] : new([tree.Root]);
    private readonly Stack<ArtifactKind> _artifacts = [];
    private readonly List<StructureTree.Node> _owners = [];
    private readonly Dictionary<StructureTree.Node, StringBuilder> _linkTexts = [];
    private object? _current;

    public void Begin(StructureElement element)
    {
        // Marks inside an artifact (a repeated header row's cells) open nothing: that content is outside the structure.
        if (tree is null || _artifacts.Count > 0)
            return;
        Close();
        _open.Push(tree.Open(element, _open.Peek()));
    }

    public void End()
    {
        if (tree is null || _artifacts.Count > 0)
            return;
        Close();
        _open.Pop();
    }

    public void BeginArtifact(ArtifactKind kind)
    {
        Close();
        _artifacts.Push(kind);
    }

    public void EndArtifact()
    {
        Close();
        _artifacts.Pop();
    }

    /// <summary>Marks what <paramref name="operation"/> draws next: text and a figure's image belong to the open element, the rest is artifact.</summary>
    public void Before(DrawOperation operation)
    {
        if (tree is null)
            return;
        object target = _artifacts.Count > 0 ? _artifacts.Peek()
            : operation is GlyphRun || (operation is PlacedImage && _open.Peek().Role == nameof(StructureRole.Figure)) ? _open.Peek()
            : Decoration;
        if (target is StructureTree.Node { Role: nameof(StructureRole.Link) } link && operation is GlyphRun run)
            (_linkTexts.TryGetValue(link, out var text) ? text : _linkTexts[link] = new StringBuilder()).Append(run.Text);
        if (Equals(target, _current))
            return;
        Close();
        content.Operator(target switch
        {
            StructureTree.Node node => Tagged(node),
            ArtifactKind.Header => "/Artifact <</Type /Pagination /Subtype /Header>> BDC",
            ArtifactKind.Footer => "/Artifact <</Type /Pagination /Subtype /Footer>> BDC",
            ArtifactKind.Repeated => "/Artifact <</Type /Pagination>> BDC",
            ArtifactKind.Watermark => "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC",
            _ => "/Artifact BMC",
        });
        _current = target;
    }

    /// <summary>The element an annotation drawn now belongs to, with the text its link shows; null outside the structure.</summary>
    public (StructureTree.Node Node, string Text)? AnnotationOwner =>
        tree is null || _artifacts.Count > 0 ? null : (_open.Peek(), _linkTexts.TryGetValue(_open.Peek(), out var text) ? text.ToString() : "");

    /// <summary>Closes the open sequence and returns the page's parent-tree key, or null for an untagged document.</summary>
    public int? Finish()
    {
        Close();
        return tree?.AddPage(_owners);
    }

    private string Tagged(StructureTree.Node node)
    {
        var mcid = _owners.Count;
        _owners.Add(node);
        tree!.AddContent(node, page, mcid);
        return "/" + node.Role + " <</MCID " + PdfSyntax.Integer(mcid) + ">> BDC";
    }

    private void Close()
    {
        if (_current is not null)
            content.Operator("EMC");
        _current = null;
    }
}
