using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>Holds a document to the XHTML vocabulary: anything else is an error, never silently dropped.</summary>
internal static class Vocabulary
{
    private static readonly string Listing = string.Join(", ", XhtmlVocabulary.Elements);

    public static ElementKind KindOf(MarkupElement element) =>
        XhtmlVocabulary.KindOf(element.Name) ?? throw new InvalidOperationException($"<{element.Name}> passed the vocabulary check.");

    /// <summary>Reports every element outside the vocabulary (MARKUP002); true when there is none.</summary>
    public static bool Check(MarkupElement root, DiagnosticBag diagnostics)
    {
        var valid = true;
        foreach (var element in root.Descendants().OfType<MarkupElement>().Prepend(root))
        {
            if (XhtmlVocabulary.KindOf(element.Name) is not null)
                continue;
            valid = false;
            diagnostics.Add(Diagnostic.Error(MarkupCodes.UnknownElement, $"Element <{element.Name}> is not in the vocabulary.", element.Location,
                "Use one of: " + Listing + " (and ix:* Inline XBRL elements, which are transparent)."));
        }
        return valid;
    }
}
