using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>Holds a document to the XHTML vocabulary: anything else is an error, never silently dropped. An Inline XBRL
/// document is held to the part of it that XHTML 1.1 has, which is what the Inline XBRL schema validates against.</summary>
internal static class Vocabulary
{
    private static readonly string Listing = string.Join(", ", XhtmlVocabulary.Elements);
    private static readonly string InlineXbrlListing = string.Join(", ", XhtmlVocabulary.InlineXbrlElements);

    public static ElementKind KindOf(MarkupElement element) =>
        XhtmlVocabulary.KindOf(element.Name) ?? throw new InvalidOperationException($"<{element.Name}> passed the vocabulary check.");

    /// <summary>Reports every element outside the vocabulary (MARKUP002), and in an Inline XBRL document every element that
    /// is not XHTML 1.1 (MARKUP005); true when there is none.</summary>
    public static bool Check(MarkupElement root, DiagnosticBag diagnostics)
    {
        var valid = true;
        foreach (var element in root.Descendants().OfType<MarkupElement>().Prepend(root))
        {
            if (XhtmlVocabulary.KindOf(element.Name) is null)
                diagnostics.Add(Diagnostic.Error(MarkupCodes.UnknownElement, $"Element <{element.Name}> is not in the vocabulary.", element.Location,
                    "Use one of: " + Listing + " (and ix:* Inline XBRL elements, which are transparent)."));
            else if (root.HoldsInlineXbrl && !XhtmlVocabulary.AllowedInInlineXbrl(element.Name))
                diagnostics.Add(Diagnostic.Error(MarkupCodes.NotInlineXbrlElement,
                    $"Element <{element.Name}> is not XHTML 1.1, so an Inline XBRL document may not use it (its schema allows only the XHTML 1.1 modules).",
                    element.Location, "Use one of: " + InlineXbrlListing + " (a div with a class instead of a section)."));
            else
                continue;
            valid = false;
        }
        return valid;
    }
}
