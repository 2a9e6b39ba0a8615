using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Xbrl;

/// <summary>What a correct Inline XBRL document holds: its schemaRef, the namespace and elements of its facts, the figures'
/// facts ((element, context id) → unit and value, null for nil) and the rounding it shows them with.</summary>
public sealed record InlineExpectations(
    string SchemaHref,
    string Namespace,
    IReadOnlySet<string> Elements,
    IReadOnlyDictionary<(string Element, string Context), (string UnitId, decimal? Value)> Facts,
    RoundingMode Rounding);

/// <summary>Checks an Inline XBRL 1.1 document's structure and, given what it should hold, every tagged figure against the dataset.</summary>
/// <remarks>Not a full processor: it checks the rules our documents can break (Inline XBRL 1.1 §4–§15, Transformation Registry 4
/// num-dot-decimal, XBRL 2.1 §4.6–§4.8 for the header's contexts and units).</remarks>
public static partial class InlineXbrlCheck
{
    private static readonly XNamespace Ix = XhtmlNamespaces.InlineXbrl;
    private static readonly XNamespace Xbrli = XbrlNamespaces.Xbrli;
    private static readonly XNamespace Link = XbrlNamespaces.Link;
    private static readonly XNamespace XLink = XbrlNamespaces.XLink;
    private static readonly XNamespace Xsi = XbrlNamespaces.Xsi;

    /// <summary>Checks XHTML text; with expectations, also that every fact is an element of the taxonomy with the dataset's value.
    /// Counts its facts too (for the build's manifest).</summary>
    public static InlineXbrlReport Inspect(string xhtml, InlineExpectations? expected = null)
    {
        var findings = new List<InlineXbrlFinding>();
        XDocument document;
        try
        {
            document = XDocument.Parse(xhtml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return new InlineXbrlReport([new InlineXbrlFinding("XML 1.0 well-formedness", e.Message, e.LineNumber, e.LinePosition)], 0);
        }
        var root = document.Root!;
        if (root.Name != XName.Get("html", XhtmlNamespaces.Xhtml))
            findings.Add(new("iXBRL 1.1 §4.1 root", $"The root is <{root.Name.LocalName}> in '{root.Name.NamespaceName}', not an XHTML <html>.", PositionOf(root)));
        CheckIds(root, findings);
        var (contexts, units) = CheckHeader(root, expected, findings);
        var seen = new Dictionary<(XName, string, string?), decimal>();
        var numbers = root.Descendants(Ix + "nonFraction").ToList();
        foreach (var fact in numbers)
            CheckNonFraction(fact, contexts, units, expected, seen, findings);
        var texts = root.Descendants(Ix + "nonNumeric").ToList();
        foreach (var fact in texts)
            if (CheckReferences(fact, contexts, findings, unitRequired: false, units) && expected is not null)
                CheckElement(fact, ResolveName(fact)!, expected, findings);
        return new InlineXbrlReport(findings, numbers.Count + texts.Count);
    }

    private static void CheckIds(XElement root, List<InlineXbrlFinding> findings)
    {
        foreach (var duplicate in root.DescendantsAndSelf().Where(e => e.Attribute("id") is not null).GroupBy(e => e.Attribute("id")!.Value).Where(g => g.Count() > 1))
            findings.Add(new("XML 1.0 ID uniqueness", $"id '{duplicate.Key}' occurs {duplicate.Count()} times.", PositionOf(duplicate.Skip(1).First())));
    }

    private static (HashSet<string> Contexts, HashSet<string> Units) CheckHeader(XElement root, InlineExpectations? expected, List<InlineXbrlFinding> findings)
    {
        var contexts = new HashSet<string>(StringComparer.Ordinal);
        var units = new HashSet<string>(StringComparer.Ordinal);
        var headers = root.Descendants(Ix + "header").ToList();
        if (headers.Count != 1)
        {
            findings.Add(new("iXBRL 1.1 §8 ix:header", $"The document has {headers.Count} ix:header elements; it needs exactly one.", PositionOf(root)));
            return (contexts, units);
        }
        var header = headers[0];
        var schemaRefs = header.Elements(Ix + "references").Elements(Link + "schemaRef").ToList();
        if (schemaRefs.Count != 1)
            findings.Add(new("iXBRL 1.1 §12 ix:references", $"ix:references holds {schemaRefs.Count} link:schemaRef elements; it needs one.", PositionOf(header)));
        foreach (var schemaRef in schemaRefs)
        {
            if ((string?)schemaRef.Attribute(XLink + "type") != "simple" || schemaRef.Attribute(XLink + "href") is null)
                findings.Add(new("XBRL 2.1 §4.2 schemaRef", "link:schemaRef needs xlink:type=\"simple\" and xlink:href.", PositionOf(schemaRef)));
            else if (expected is not null && schemaRef.Attribute(XLink + "href")!.Value != expected.SchemaHref)
                findings.Add(new("XBRL 2.1 §4.2 schemaRef", $"link:schemaRef points at '{schemaRef.Attribute(XLink + "href")!.Value}', not the generated taxonomy '{expected.SchemaHref}'.", PositionOf(schemaRef)));
        }
        var resources = header.Elements(Ix + "resources").ToList();
        foreach (var context in resources.Elements(Xbrli + "context"))
        {
            if ((string?)context.Attribute("id") is not { } id || !contexts.Add(id))
                findings.Add(new("XBRL 2.1 §4.7 context", "A context has no id, or its id is taken.", PositionOf(context)));
            if (context.Element(Xbrli + "entity")?.Element(Xbrli + "identifier")?.Attribute("scheme") is null)
                findings.Add(new("XBRL 2.1 §4.7.3 entity", "A context needs an entity identifier with a scheme.", PositionOf(context)));
            var period = context.Element(Xbrli + "period");
            var valid = period?.Element(Xbrli + "instant") is { } instant ? IsDate(instant.Value)
                : period?.Element(Xbrli + "startDate") is { } start && period.Element(Xbrli + "endDate") is { } end && IsDate(start.Value) && IsDate(end.Value)
                  && string.CompareOrdinal(start.Value, end.Value) <= 0;
            if (!valid)
                findings.Add(new("XBRL 2.1 §4.7.2 period", "A context's period needs an instant, or a startDate not after its endDate (yyyy-MM-dd).", PositionOf(context)));
        }
        foreach (var unit in resources.Elements(Xbrli + "unit"))
        {
            if ((string?)unit.Attribute("id") is not { } id || !units.Add(id))
                findings.Add(new("XBRL 2.1 §4.8 unit", "A unit has no id, or its id is taken.", PositionOf(unit)));
            foreach (var measure in unit.Descendants(Xbrli + "measure"))
                if (!ResolvesQName(measure, measure.Value.Trim()))
                    findings.Add(new("XBRL 2.1 §4.8.2 measure", $"The measure '{measure.Value}' uses an undeclared prefix.", PositionOf(measure)));
        }
        return (contexts, units);
    }

    private static void CheckNonFraction(XElement fact, HashSet<string> contexts, HashSet<string> units, InlineExpectations? expected,
        Dictionary<(XName, string, string?), decimal> seen, List<InlineXbrlFinding> findings)
    {
        var at = PositionOf(fact);
        if (!CheckReferences(fact, contexts, findings, unitRequired: true, units))
            return;
        var name = ResolveName(fact);
        if (fact.Elements().Any(c => c.Name != Ix + "nonFraction"))
            findings.Add(new("iXBRL 1.1 §15.1 ix:nonFraction content", "ix:nonFraction may hold only text or one nested ix:nonFraction.", at));
        var nil = (string?)fact.Attribute(Xsi + "nil") == "true";
        var decimals = (string?)fact.Attribute("decimals");
        var precision = (string?)fact.Attribute("precision");
        var format = (string?)fact.Attribute("format");
        var scaleText = (string?)fact.Attribute("scale");
        var sign = (string?)fact.Attribute("sign");
        if (nil)
        {
            if (decimals is not null || precision is not null || format is not null || fact.Value.Length > 0)
                findings.Add(new("iXBRL 1.1 §15.1 nil", "A nil ix:nonFraction has no content, format, decimals or precision.", at));
            return;
        }
        if ((decimals is null) == (precision is null))
            findings.Add(new("XBRL 2.1 §4.6.3 decimals", "A numeric fact needs exactly one of decimals and precision.", at));
        if (format is null || ResolveFormat(fact, format) != (XbrlNamespaces.Ixt, "num-dot-decimal"))
            findings.Add(new("TR4 num-dot-decimal", $"format is '{format}', not ixt:num-dot-decimal of Transformation Registry 4 ({XbrlNamespaces.Ixt}).", at));
        if (sign is not null && sign != "-")
            findings.Add(new("iXBRL 1.1 §15.1 sign", $"sign is '{sign}'; the only allowed value is '-'.", at));
        var scale = 0;
        if (scaleText is not null && !int.TryParse(scaleText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out scale))
            findings.Add(new("iXBRL 1.1 §15.1 scale", $"scale '{scaleText}' is not an integer.", at));
        var text = fact.Value;
        if (!NumDotDecimal().IsMatch(text) || !text.Any(char.IsAsciiDigit))
        {
            findings.Add(new("TR4 num-dot-decimal", $"'{text}' is not a num-dot-decimal figure (digits, ',' grouping, '.' decimals; no sign or parentheses — use sign=\"-\").", at));
            return;
        }
        var shown = decimal.Parse(Regex.Replace(text, "[^0-9.]", ""), CultureInfo.InvariantCulture);
        var value = shown * Powers.Ten(scale) * (sign == "-" ? -1m : 1m);
        var fraction = text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0;
        if (decimals is not null && decimals != "INF" && int.TryParse(decimals, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) && d != fraction - scale)
            findings.Add(new("iXBRL 1.1 §15.1 decimals/scale", $"decimals=\"{decimals}\" but the figure is shown to {fraction} decimal place(s) at scale {scale}, i.e. decimals {fraction - scale}.", at));
        var key = (name!, (string)fact.Attribute("contextRef")!, (string?)fact.Attribute("unitRef"));
        if (seen.TryGetValue(key, out var earlier) && earlier != value)
            findings.Add(new("XBRL 2.1 §4.10 duplicate items", string.Create(CultureInfo.InvariantCulture, $"{name} in {key.Item2} is tagged as {earlier} before and as {value} here."), at));
        seen.TryAdd(key, value);
        if (expected is not null && CheckElement(fact, name!, expected, findings))
            CheckAgainstDataset(fact, name!, value, scale, fraction, expected, findings);
    }

    /// <summary>Whether the fact's element is one of the taxonomy's (a finding when it is not).</summary>
    private static bool CheckElement(XElement fact, XName name, InlineExpectations expected, List<InlineXbrlFinding> findings)
    {
        if (name.NamespaceName == expected.Namespace && expected.Elements.Contains(name.LocalName))
            return true;
        findings.Add(new("XBRL 2.1 §4.6 item", $"'{name}' is not an element of the generated taxonomy ({expected.Namespace}).", PositionOf(fact)));
        return false;
    }

    private static void CheckAgainstDataset(XElement fact, XName name, decimal value, int scale, int fraction, InlineExpectations expected, List<InlineXbrlFinding> findings)
    {
        var at = PositionOf(fact);
        var contextRef = (string)fact.Attribute("contextRef")!;
        if (!expected.Facts.TryGetValue((name.LocalName, contextRef), out var truth))
        {
            findings.Add(new("dataset", $"The dataset has no {name.LocalName} for context '{contextRef}'.", at));
            return;
        }
        if ((string?)fact.Attribute("unitRef") != truth.UnitId)
            findings.Add(new("dataset", $"{name.LocalName} is in unit '{truth.UnitId}', not '{(string?)fact.Attribute("unitRef")}'.", at));
        if (truth.Value is not { } exact)
        {
            findings.Add(new("dataset", $"{name.LocalName} in '{contextRef}' is a dash (nil) in the dataset; tag it with xsi:nil=\"true\".", at));
            return;
        }
        // The shown figure is the dataset's value rounded to what is shown: within half a unit (a whole unit when truncating).
        if (Math.Abs(value - exact) > Rounding.MaxError(fraction - scale, expected.Rounding))
            findings.Add(new("dataset", string.Create(CultureInfo.InvariantCulture, $"{name.LocalName} in '{contextRef}' shows {value} but the dataset's value is {exact}."), at));
    }

    /// <summary>contextRef (and unitRef for numbers) present and resolving to the header; name a QName with a declared prefix.</summary>
    private static bool CheckReferences(XElement fact, HashSet<string> contexts, List<InlineXbrlFinding> findings, bool unitRequired, HashSet<string> units)
    {
        var at = PositionOf(fact);
        var ok = true;
        if ((string?)fact.Attribute("name") is not { } name || !ResolvesQName(fact, name))
        {
            findings.Add(new("iXBRL 1.1 §15 name", $"{fact.Name.LocalName} needs a name that is a QName with a declared prefix.", at));
            ok = false;
        }
        if ((string?)fact.Attribute("contextRef") is not { } contextRef || !contexts.Contains(contextRef))
        {
            findings.Add(new("iXBRL 1.1 §15 contextRef", $"contextRef '{(string?)fact.Attribute("contextRef")}' is missing or names no context in ix:resources.", at));
            ok = false;
        }
        if (unitRequired && ((string?)fact.Attribute("unitRef") is not { } unitRef || !units.Contains(unitRef)))
        {
            findings.Add(new("iXBRL 1.1 §15.1 unitRef", $"unitRef '{(string?)fact.Attribute("unitRef")}' is missing or names no unit in ix:resources.", at));
            ok = false;
        }
        return ok;
    }

    private static XName? ResolveName(XElement fact)
    {
        var qname = (string)fact.Attribute("name")!;
        var colon = qname.IndexOf(':');
        var ns = colon < 0 ? fact.GetDefaultNamespace() : fact.GetNamespaceOfPrefix(qname[..colon]);
        return ns is null ? null : ns + qname[(colon + 1)..];
    }

    private static (string?, string) ResolveFormat(XElement fact, string format)
    {
        var colon = format.IndexOf(':');
        return colon < 0 ? (null, format) : (fact.GetNamespaceOfPrefix(format[..colon])?.NamespaceName, format[(colon + 1)..]);
    }

    private static bool ResolvesQName(XElement scope, string qname)
    {
        var colon = qname.IndexOf(':');
        return colon > 0 && scope.GetNamespaceOfPrefix(qname[..colon]) is not null && XbrlNaming.IsNcName(qname[(colon + 1)..]);
    }

    private static bool IsDate(string text) =>
        NumberText.TryReadIsoDate(text.Trim(), out _);

    private static (int Line, int Column) PositionOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    /// <summary>Transformation Registry 4 num-dot-decimal: digits with optional ',' (or space) grouping and a '.' fraction.</summary>
    [GeneratedRegex(@"^[ \u00A0]*[0-9]{1,3}([, \u00A0]?[0-9]{3})*(\.[0-9]+)?[ \u00A0]*$|^[ \u00A0]*[0-9]+(\.[0-9]+)?[ \u00A0]*$")]
    private static partial Regex NumDotDecimal();
}
