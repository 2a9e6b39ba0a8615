using System.Globalization;
using System.Xml.Linq;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Xbrl;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Pipeline.Tests.Filing;

/// <summary>A numeric fact as a processor reads it: element, context, unit, value (scale and sign applied) and decimals.</summary>
internal sealed record NumericFact(XName Name, string Context, string Unit, decimal Value, int Decimals)
{
    /// <summary>The value rounded to its decimals (XBRL 2.1 §4.6.7.2 inferred precision).</summary>
    public decimal Rounded => Rounding.Round(Value, Decimals, RoundingMode.HalfUp);
}

/// <summary>The non-nil numeric facts of an XBRL instance or of an Inline XBRL document (ix:nonFraction, TR4 num-dot-decimal).</summary>
internal static class ReportedFacts
{
    private static readonly XNamespace Ix = XhtmlNamespaces.InlineXbrl;
    private static readonly XNamespace Xsi = XbrlNamespaces.Xsi;

    public static IReadOnlyList<NumericFact> Of(string document)
    {
        var root = XDocument.Load(document).Root!;
        return root.Name.Namespace == XbrlNamespaces.Xbrli
            ? root.Elements().Where(e => e.Attribute("unitRef") is not null && e.Attribute(Xsi + "nil") is null)
                .Select(e => new NumericFact(e.Name, (string)e.Attribute("contextRef")!, (string)e.Attribute("unitRef")!,
                    decimal.Parse(e.Value, NumberStyles.Number, CultureInfo.InvariantCulture), (int)e.Attribute("decimals")!)).ToList()
            : root.Descendants(Ix + "nonFraction").Where(e => e.Attribute(Xsi + "nil") is null).Select(Inline).ToList();
    }

    private static NumericFact Inline(XElement fact)
    {
        var qname = ((string)fact.Attribute("name")!).Split(':');
        var shown = decimal.Parse(fact.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
        var value = shown * Powers.Ten((int?)fact.Attribute("scale") ?? 0) * ((string?)fact.Attribute("sign") == "-" ? -1 : 1);
        return new NumericFact(fact.GetNamespaceOfPrefix(qname[0])! + qname[1], (string)fact.Attribute("contextRef")!, (string)fact.Attribute("unitRef")!,
            value, (int)fact.Attribute("decimals")!);
    }
}
