using System.Xml.Linq;
using IIJReportGen.Xbrl;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Pipeline.Tests.Filing;

/// <summary>One summation-item relationship of a DTS, in its extended link role.</summary>
internal sealed record SummationArc(string Role, XName Parent, XName Child, decimal Weight);

/// <summary>The discoverable taxonomy set of a document as a processor finds it on disk (XBRL 2.1 §3.2): from its schemaRef,
/// every local schema it imports and every linkbase a schema references; the standard schemas (http) are not followed.</summary>
internal sealed class Dts
{
    private static readonly XNamespace Xs = XbrlNamespaces.Xsd;
    private static readonly XNamespace Link = XbrlNamespaces.Link;
    private static readonly XNamespace XLink = XbrlNamespaces.XLink;
    private static readonly XNamespace Ix = XhtmlNamespaces.InlineXbrl;

    private readonly Dictionary<string, XDocument> _files = new(StringComparer.Ordinal);

    private Dts(string document)
    {
        var root = XDocument.Load(document).Root!;
        var schemaRefs = root.Name.Namespace == XbrlNamespaces.Xbrli ? root.Elements(Link + "schemaRef") : root.Descendants(Ix + "references").Elements(Link + "schemaRef");
        foreach (var schemaRef in schemaRefs)
            Discover(Resolve(document, (string)schemaRef.Attribute(XLink + "href")!));
    }

    /// <summary>The full paths of every file of the DTS.</summary>
    public IReadOnlyCollection<string> Files => _files.Keys;

    public static Dts Of(string document) => new(document);

    /// <summary>Every summation-item arc, its locators resolved to element names through the schemas' ids.</summary>
    public IReadOnlyList<SummationArc> Calculations()
    {
        var arcs = new List<SummationArc>();
        foreach (var (path, linkbase) in _files.Where(f => f.Value.Root!.Name == Link + "linkbase"))
            foreach (var link in linkbase.Root!.Elements(Link + "calculationLink"))
            {
                var locators = link.Elements(Link + "loc").ToDictionary(l => (string)l.Attribute(XLink + "label")!, l => ElementAt(Resolve(path, (string)l.Attribute(XLink + "href")!)));
                foreach (var arc in link.Elements(Link + "calculationArc"))
                    arcs.Add(new SummationArc((string)link.Attribute(XLink + "role")!, locators[(string)arc.Attribute(XLink + "from")!],
                        locators[(string)arc.Attribute(XLink + "to")!], (decimal)arc.Attribute("weight")!));
            }
        return arcs;
    }

    private void Discover(string path)
    {
        if (path.StartsWith("http", StringComparison.Ordinal) || _files.ContainsKey(path))
            return;
        var file = XDocument.Load(path);
        _files[path] = file;
        foreach (var import in file.Root!.Elements(Xs + "import").Concat(file.Root.Elements(Xs + "include")))
            Discover(Resolve(path, (string)import.Attribute("schemaLocation")!));
        foreach (var reference in file.Descendants(Link + "linkbaseRef").Concat(file.Descendants(Link + "loc")))
            Discover(Resolve(path, ((string)reference.Attribute(XLink + "href")!).Split('#')[0]));
    }

    /// <summary>The element a "schema.xsd#id" locator points at.</summary>
    private XName ElementAt(string href)
    {
        var parts = href.Split('#');
        var schema = _files[parts[0]].Root!;
        var element = schema.Elements(Xs + "element").Single(e => (string?)e.Attribute("id") == parts[1]);
        return XName.Get((string)element.Attribute("name")!, (string)schema.Attribute("targetNamespace")!);
    }

    private static string Resolve(string from, string href) =>
        href.StartsWith("http", StringComparison.Ordinal) ? href
        : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from)!, href.Split('#')[0])) + (href.Contains('#') ? "#" + href.Split('#')[1] : "");
}
