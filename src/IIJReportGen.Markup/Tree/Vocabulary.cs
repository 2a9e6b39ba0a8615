using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>The fixed set of elements the layout writer understands; anything else is an error, never silently dropped.</summary>
internal static class Vocabulary
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

    private static readonly string Listing = string.Join(", ", Kinds.Keys.Order(StringComparer.Ordinal));

    public static ElementKind KindOf(MarkupElement element) => Kinds[element.Name];

    /// <summary>Reports every element outside the vocabulary (MARKUP002); true when there is none.</summary>
    public static bool Check(MarkupElement root, DiagnosticBag diagnostics)
    {
        var valid = true;
        foreach (var element in root.Descendants().OfType<MarkupElement>().Prepend(root))
        {
            if (Kinds.ContainsKey(element.Name))
                continue;
            valid = false;
            diagnostics.Add(Diagnostic.Error(MarkupCodes.UnknownElement, $"Element <{element.Name}> is not in the vocabulary.", element.Location,
                "Use one of: " + Listing + " (and ix:* Inline XBRL elements, which are transparent)."));
        }
        return valid;
    }
}
