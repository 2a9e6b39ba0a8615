using System.Globalization;
using System.Text;
using System.Xml;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating.Rendering;
using IIJReportGen.Xbrl;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Templating.InlineXbrl;

/// <summary>Tags shown figures as Inline XBRL facts and writes the ix:header with exactly the contexts and units they use.</summary>
internal sealed class InlineFacts(XbrlVocabulary vocabulary)
{
    /// <summary>Where the ix:header goes; replaced after rendering, when every fact (and so every context) is known.</summary>
    /// <remarks>A comment cannot come from data (data is escaped), so only the ix_header helper can put it there.</remarks>
    public const string HeaderPlaceholder = "<!--ix:header-->";

    private readonly SortedSet<string> _periods = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>The root element's namespace declarations: XHTML, Inline XBRL, XBRL, ISO 4217, XSI and our taxonomy.</summary>
    public string NamespaceDeclarations
    {
        get
        {
            var builder = new StringBuilder($"xmlns=\"{XhtmlNamespaces.Xhtml}\"");
            foreach (var (prefix, ns) in vocabulary.InlineNamespaces.Append(("xsi", XbrlNamespaces.Xsi)).DistinctBy(p => p.Item1))
                builder.Append(CultureInfo.InvariantCulture, $" xmlns:{prefix}=\"{XhtmlText.Escape(ns)}\"");
            return builder.ToString();
        }
    }

    /// <summary>True for what a fact of our taxonomy stands for: a figure of a period, or its year-on-year change where the taxonomy has one.</summary>
    public bool CanTag(string id, FigureForm form, string? vs) =>
        form.IsFact || form.Derivation == Derivation.YoyPercent && vs is null && vocabulary.ChangeElement(id) is not null;

    /// <summary>An ix:nonFraction around the shown digits; a negative keeps its parentheses (or sign) outside the tag and says sign="-".</summary>
    /// <remarks>Scale and decimals are the shown figure's: a % is a ratio shown times 100 (scale -2, two more decimals than shown).</remarks>
    public Markup Tag(string id, string period, ShownFigure shown, bool magnitude)
    {
        var element = shown.Form.IsFact ? vocabulary.Element(id) : vocabulary.ChangeElement(id)!;
        var digits = shown.Digits;
        var signed = magnitude ? digits : shown.Text;
        var at = signed.IndexOf(digits, StringComparison.Ordinal);
        var fact = new StringBuilder();
        fact.Append(XhtmlText.Escape(signed[..at]));
        fact.Append(CultureInfo.InvariantCulture,
            $"<ix:nonFraction name=\"{Name(element)}\" contextRef=\"{Context(period)}\" unitRef=\"{Unit(id, element)}\" decimals=\"{shown.XbrlDecimals}\" scale=\"{shown.XbrlScale}\" format=\"{XbrlNamespaces.NumDotDecimal}\"");
        if (shown.Value < 0)
            fact.Append(" sign=\"-\"");
        fact.Append('>').Append(XhtmlText.Escape(digits)).Append("</ix:nonFraction>");
        fact.Append(XhtmlText.Escape(signed[(at + digits.Length)..]));
        return new Markup(fact.ToString());
    }

    /// <summary>A nil fact (the source prints a dash): an empty ix:nonFraction with xsi:nil, then the dash.</summary>
    public Markup Nil(string id, string period, string dash)
    {
        var element = vocabulary.Element(id);
        return new Markup($"<ix:nonFraction name=\"{Name(element)}\" contextRef=\"{Context(period)}\" unitRef=\"{Unit(id, element)}\" xsi:nil=\"true\"/>"
            + XhtmlText.Escape(dash));
    }

    /// <summary>The document with the ix:header where the ix_header helper left its placeholder (now that every fact, so every
    /// context, is known); the source map stretches the helper's range over the header and moves the rest.</summary>
    public string WithHeader(string output, SourceMapBuilder map)
    {
        var header = Header();
        for (var at = output.IndexOf(HeaderPlaceholder, StringComparison.Ordinal); at >= 0; at = output.IndexOf(HeaderPlaceholder, at + header.Length, StringComparison.Ordinal))
        {
            map.Resize(at, HeaderPlaceholder.Length, header.Length);
            output = string.Concat(output.AsSpan(0, at), header, output.AsSpan(at + HeaderPlaceholder.Length));
        }
        return output;
    }

    /// <summary>The ix:header in a hidden div, with the schema reference and the contexts and units of the facts tagged so far.</summary>
    private string Header()
    {
        var builder = new StringBuilder("<div style=\"display:none\">");
        var settings = new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment, OmitXmlDeclaration = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(builder, settings))
            InlineXbrlHeader.Write(writer, vocabulary, _periods, _ids);
        return builder.Append("</div>").ToString();
    }

    private static string Name(XbrlElement element) => XbrlVocabulary.Prefix + ":" + element.Name;

    private string Context(string period)
    {
        _periods.Add(period);
        return vocabulary.ContextId(period);
    }

    private string Unit(string id, XbrlElement element)
    {
        _ids.Add(id);
        return element.UnitId;
    }
}
