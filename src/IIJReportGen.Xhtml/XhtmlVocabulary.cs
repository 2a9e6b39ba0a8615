namespace IIJReportGen.Xhtml;

/// <summary>The fixed set of XHTML elements the documents are written in, each with its role: what Markup lays out
/// (anything else is an error there) and what Review reads as prose, tables and inline runs.</summary>
/// <remarks>Inline XBRL (ix:*) elements are not in it: readers treat them as transparent wrappers of their content.</remarks>
public static class XhtmlVocabulary
{
    // Xhtml11: the element is in the XHTML 1.1 modules that the Inline XBRL 1.1 schema (xhtml-inlinexbrl-1_1.xsd) includes.
    // HTML5's section and the legacy u are not, so an Inline XBRL document may not use them.
    private static readonly Dictionary<string, (ElementKind Kind, bool Xhtml11)> Kinds = new(StringComparer.Ordinal)
    {
        ["html"] = (ElementKind.Frame, true), ["body"] = (ElementKind.Frame, true),
        ["head"] = (ElementKind.Head, true), ["title"] = (ElementKind.Head, true), ["meta"] = (ElementKind.Head, true),
        ["link"] = (ElementKind.Head, true), ["style"] = (ElementKind.Head, true),
        ["p"] = (ElementKind.Block, true), ["div"] = (ElementKind.Block, true), ["section"] = (ElementKind.Block, false),
        ["h1"] = (ElementKind.Heading, true), ["h2"] = (ElementKind.Heading, true), ["h3"] = (ElementKind.Heading, true), ["h4"] = (ElementKind.Heading, true),
        ["ul"] = (ElementKind.List, true), ["ol"] = (ElementKind.List, true), ["li"] = (ElementKind.ListItem, true),
        ["table"] = (ElementKind.Table, true), ["colgroup"] = (ElementKind.ColumnGroup, true), ["col"] = (ElementKind.Column, true),
        ["thead"] = (ElementKind.TableSection, true), ["tbody"] = (ElementKind.TableSection, true), ["tr"] = (ElementKind.TableRow, true),
        ["th"] = (ElementKind.TableCell, true), ["td"] = (ElementKind.TableCell, true),
        ["span"] = (ElementKind.Inline, true), ["strong"] = (ElementKind.Inline, true), ["b"] = (ElementKind.Inline, true), ["em"] = (ElementKind.Inline, true),
        ["i"] = (ElementKind.Inline, true), ["u"] = (ElementKind.Inline, false), ["sup"] = (ElementKind.Inline, true), ["sub"] = (ElementKind.Inline, true),
        ["a"] = (ElementKind.Inline, true),
        ["br"] = (ElementKind.LineBreak, true), ["hr"] = (ElementKind.Rule, true), ["img"] = (ElementKind.Image, true),
    };

    /// <summary>Every element name, in ordinal order (for messages that list them).</summary>
    public static IReadOnlyList<string> Elements { get; } = Kinds.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The elements an Inline XBRL document may use, in ordinal order: those of the vocabulary that XHTML 1.1 has.</summary>
    public static IReadOnlyList<string> InlineXbrlElements { get; } = Kinds.Where(k => k.Value.Xhtml11).Select(k => k.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>The role of an element (by local name), or null when it is not in the vocabulary.</summary>
    public static ElementKind? KindOf(string name) => Kinds.TryGetValue(name, out var entry) ? entry.Kind : null;

    /// <summary>Whether an Inline XBRL document may use the element: it is in the vocabulary and in XHTML 1.1 (the modules the
    /// Inline XBRL 1.1 schema validates against), so not HTML5's section and not u.</summary>
    public static bool AllowedInInlineXbrl(string name) => Kinds.TryGetValue(name, out var entry) && entry.Xhtml11;
}
