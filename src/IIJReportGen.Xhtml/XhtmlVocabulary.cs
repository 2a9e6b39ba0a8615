namespace IIJReportGen.Xhtml;

/// <summary>The fixed set of XHTML elements the documents are written in, each with its role: what Markup lays out
/// (anything else is an error there) and what Review reads as prose, tables and inline runs.</summary>
/// <remarks>Inline XBRL (ix:*) elements are not in it: readers treat them as transparent wrappers of their content.</remarks>
public static class XhtmlVocabulary
{
    private static readonly Dictionary<string, ElementKind> Kinds = new(StringComparer.Ordinal)
    {
        ["html"] = ElementKind.Frame, ["body"] = ElementKind.Frame,
        ["head"] = ElementKind.Head, ["title"] = ElementKind.Head, ["meta"] = ElementKind.Head, ["link"] = ElementKind.Head, ["style"] = ElementKind.Head,
        ["p"] = ElementKind.Block, ["div"] = ElementKind.Block, ["section"] = ElementKind.Block,
        ["h1"] = ElementKind.Heading, ["h2"] = ElementKind.Heading, ["h3"] = ElementKind.Heading, ["h4"] = ElementKind.Heading,
        ["ul"] = ElementKind.List, ["ol"] = ElementKind.List, ["li"] = ElementKind.ListItem,
        ["table"] = ElementKind.Table, ["colgroup"] = ElementKind.ColumnGroup, ["col"] = ElementKind.Column,
        ["thead"] = ElementKind.TableSection, ["tbody"] = ElementKind.TableSection, ["tr"] = ElementKind.TableRow,
        ["th"] = ElementKind.TableCell, ["td"] = ElementKind.TableCell,
        ["span"] = ElementKind.Inline, ["strong"] = ElementKind.Inline, ["b"] = ElementKind.Inline, ["em"] = ElementKind.Inline,
        ["i"] = ElementKind.Inline, ["u"] = ElementKind.Inline, ["sup"] = ElementKind.Inline, ["sub"] = ElementKind.Inline, ["a"] = ElementKind.Inline,
        ["br"] = ElementKind.LineBreak, ["hr"] = ElementKind.Rule, ["img"] = ElementKind.Image,
    };

    /// <summary>Every element name, in ordinal order (for messages that list them).</summary>
    public static IReadOnlyList<string> Elements { get; } = Kinds.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The role of an element (by local name), or null when it is not in the vocabulary.</summary>
    public static ElementKind? KindOf(string name) => Kinds.TryGetValue(name, out var kind) ? kind : null;
}
