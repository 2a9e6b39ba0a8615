namespace IIJReportGen.Xhtml;

/// <summary>The namespaces of the documents: XHTML, and Inline XBRL (whose elements wrap the figures of the TSE summary).</summary>
public static class XhtmlNamespaces
{
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    public const string InlineXbrl = "http://www.xbrl.org/2013/inlineXBRL";
}
