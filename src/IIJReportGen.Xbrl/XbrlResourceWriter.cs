using System.Xml;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl;

/// <summary>Writes xbrli:context and xbrli:unit elements, identically for the instance and the Inline XBRL header.</summary>
internal static class XbrlResourceWriter
{
    /// <summary>A context (XBRL 2.1 §4.7): entity, period (instant or start/end dates) and, for a forecast, the scenario marker.</summary>
    public static void WriteContext(XmlWriter writer, XbrlVocabulary vocabulary, XbrlContext context) =>
        WriteContext(writer, vocabulary, context.Id, context.Period.Start, context.Period.End, context.IsForecast ? () =>
        {
            writer.WriteStartElement(XbrlVocabulary.Prefix, vocabulary.ForecastScenarioName, vocabulary.Namespace);
            writer.WriteEndElement();
        } : null);

    /// <summary>A TDnet summary context: its members as explicit members of the scenario (XBRL Dimensions 1.0 §3.1.4.2).</summary>
    public static void WriteContext(XmlWriter writer, XbrlVocabulary vocabulary, Tdnet.SummaryContext context) =>
        WriteContext(writer, vocabulary, context.Id, context.Period.Start, context.Period.End, context.Members.Count == 0 ? null : () =>
        {
            foreach (var (axis, member) in context.Members)
            {
                writer.WriteStartElement("xbrldi", "explicitMember", XbrlNamespaces.Xbrldi);
                writer.WriteAttributeString("dimension", XbrlVocabulary.Prefix + ":" + axis);
                writer.WriteString(XbrlVocabulary.Prefix + ":" + member);
                writer.WriteEndElement();
            }
        });

    private static void WriteContext(XmlWriter writer, XbrlVocabulary vocabulary, string id, DateOnly? start, DateOnly end, Action? scenario)
    {
        writer.WriteStartElement("xbrli", "context", XbrlNamespaces.Xbrli);
        writer.WriteAttributeString("id", id);
        writer.WriteStartElement("xbrli", "entity", XbrlNamespaces.Xbrli);
        writer.WriteStartElement("xbrli", "identifier", XbrlNamespaces.Xbrli);
        writer.WriteAttributeString("scheme", vocabulary.Entity.Scheme);
        writer.WriteString(vocabulary.Entity.Identifier);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("xbrli", "period", XbrlNamespaces.Xbrli);
        if (start is { } from)
        {
            writer.WriteElementString("xbrli", "startDate", XbrlNamespaces.Xbrli, NumberText.IsoDate(from));
            writer.WriteElementString("xbrli", "endDate", XbrlNamespaces.Xbrli, NumberText.IsoDate(end));
        }
        else
            writer.WriteElementString("xbrli", "instant", XbrlNamespaces.Xbrli, NumberText.IsoDate(end));
        writer.WriteEndElement();
        if (scenario is not null)
        {
            writer.WriteStartElement("xbrli", "scenario", XbrlNamespaces.Xbrli);
            scenario();
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>A unit (XBRL 2.1 §4.8): one measure, or a divide of numerator and denominator measures.</summary>
    public static void WriteUnit(XmlWriter writer, XbrlUnit unit)
    {
        writer.WriteStartElement("xbrli", "unit", XbrlNamespaces.Xbrli);
        writer.WriteAttributeString("id", unit.Id);
        if (unit.Denominator.Count == 0)
            WriteMeasures(writer, unit.Numerator);
        else
        {
            writer.WriteStartElement("xbrli", "divide", XbrlNamespaces.Xbrli);
            writer.WriteStartElement("xbrli", "unitNumerator", XbrlNamespaces.Xbrli);
            WriteMeasures(writer, unit.Numerator);
            writer.WriteEndElement();
            writer.WriteStartElement("xbrli", "unitDenominator", XbrlNamespaces.Xbrli);
            WriteMeasures(writer, unit.Denominator);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>Declares, on the element just started, every prefix that a QName in element content (measures, types) uses.</summary>
    /// <remarks>XmlWriter declares prefixes it writes as element names, but not those inside text such as "iso4217:JPY".</remarks>
    public static void DeclareContentPrefixes(XmlWriter writer, XbrlVocabulary vocabulary)
    {
        foreach (var (prefix, ns) in new[] { ("xbrli", XbrlNamespaces.Xbrli), ("iso4217", XbrlNamespaces.Iso4217), (XbrlVocabulary.Prefix, vocabulary.Namespace) })
            if (writer.LookupPrefix(ns) != prefix)
                writer.WriteAttributeString("xmlns", prefix, null, ns);
    }

    private static void WriteMeasures(XmlWriter writer, IEnumerable<string> measures)
    {
        foreach (var measure in measures)
            writer.WriteElementString("xbrli", "measure", XbrlNamespaces.Xbrli, measure);
    }
}
