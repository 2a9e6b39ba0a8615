using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace IIJReportGen.Tests.Shared;

/// <summary>A structure element read back from a tagged PDF: its type, table attributes, alt text, kids and the text of its own marked content.</summary>
/// <remarks><c>AllText</c> is the text of the element and all below it, its content and kids taken in /K order (the reading order).</remarks>
internal sealed record StructureNode(string Role, IReadOnlyDictionary<string, string> Attributes, string? Alt, string? Id, List<StructureNode> Kids, string AllText, int Annotations)
{
    public IEnumerable<StructureNode> Descendants() => Kids.SelectMany(k => k.Descendants().Prepend(k));
}

/// <summary>Reads the catalog's structure tree with PdfPig's token access, joining each MCID to the letters PdfPig found in that marked content.</summary>
internal static class PdfStructure
{
    public static IReadOnlyDictionary<string, IToken> Catalog(PdfDocument document) => document.Structure.Catalog.CatalogDictionary.Data;

    /// <summary>The root element (/Document) of the tree, or null when the PDF is not tagged.</summary>
    public static StructureNode? Read(PdfDocument document)
    {
        if (!Catalog(document).TryGetValue("StructTreeRoot", out var root))
            return null;
        var pages = PageNumbers(document);
        var texts = new Dictionary<(int Page, int Mcid), string>();
        for (var page = 1; page <= document.NumberOfPages; page++)
            foreach (var content in Flatten(document.GetPage(page).GetMarkedContents()).Where(c => c.MarkedContentIdentifier >= 0))
                texts[(page, content.MarkedContentIdentifier)] = string.Concat(content.Letters.Select(l => l.Value));
        var kids = Array(document, Dictionary(document, root)["K"]);
        return Assert.Single(kids.Select(k => Node(document, Dictionary(document, k), null, pages, texts)));
    }

    /// <summary>Every marked-content sequence of a page, nested ones included.</summary>
    public static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> contents) =>
        contents.SelectMany(c => Flatten(c.Children).Prepend(c));

    private static StructureNode Node(PdfDocument document, IReadOnlyDictionary<string, IToken> element, int? inheritedPage,
        Dictionary<long, int> pages, Dictionary<(int, int), string> texts)
    {
        var page = element.TryGetValue("Pg", out var pg) ? pages[((IndirectReferenceToken)pg).Data.ObjectNumber] : inheritedPage;
        var kids = new List<StructureNode>();
        var text = "";
        var annotations = 0;
        foreach (var kid in element.TryGetValue("K", out var k) ? Array(document, k) : [])
        {
            if (Resolve(document, kid) is NumericToken mcid)
                text += texts.GetValueOrDefault((page!.Value, mcid.Int), "");
            else if (Dictionary(document, kid) is var dictionary && dictionary.TryGetValue("Type", out var type) && type is NameToken { Data: "OBJR" })
                annotations++;
            else if (dictionary.TryGetValue("Type", out var mcr) && mcr is NameToken { Data: "MCR" })
                text += texts.GetValueOrDefault((pages[((IndirectReferenceToken)dictionary["Pg"]).Data.ObjectNumber], ((NumericToken)dictionary["MCID"]).Int), "");
            else
            {
                kids.Add(Node(document, dictionary, page, pages, texts));
                text += kids[^1].AllText;
            }
        }
        var attributes = element.TryGetValue("A", out var a)
            ? Dictionary(document, a).ToDictionary(e => e.Key, e => Value(e.Value))
            : new Dictionary<string, string>();
        var alt = element.TryGetValue("Alt", out var altToken) ? Value(Resolve(document, altToken)) : null;
        var id = element.TryGetValue("ID", out var idToken) ? Value(Resolve(document, idToken)) : null;
        return new StructureNode(((NameToken)element["S"]).Data, attributes, alt, id, kids, text, annotations);
    }

    private static Dictionary<long, int> PageNumbers(PdfDocument document)
    {
        var tree = Dictionary(document, Catalog(document)["Pages"]);
        return Array(document, tree["Kids"]).Select((p, i) => (((IndirectReferenceToken)p).Data.ObjectNumber, i + 1)).ToDictionary(e => e.ObjectNumber, e => e.Item2);
    }

    public static IReadOnlyDictionary<string, IToken> Dictionary(PdfDocument document, IToken token) => ((DictionaryToken)Resolve(document, token)).Data;

    private static IReadOnlyList<IToken> Array(PdfDocument document, IToken token) =>
        Resolve(document, token) is ArrayToken array ? array.Data : [token];

    private static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;

    public static string Value(IToken token) => token switch
    {
        NameToken name => name.Data,
        StringToken text => text.Data,
        HexToken hex => hex.Data,
        NumericToken number => number.Data.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BooleanToken boolean => boolean.Data ? "true" : "false",
        _ => token.ToString() ?? "",
    };
}
