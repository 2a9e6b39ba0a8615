using System.Globalization;
using System.Text;
using System.Xml;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Templating.Figures;
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
        form.IsFact || form.Kind == FigureKind.ChangePercent && vs is null && vocabulary.ChangeElement(id) is not null;

    /// <summary>An ix:nonFraction around the shown digits; a negative keeps its parentheses (or sign) outside the tag and says sign="-".</summary>
    public Markup Tag(string id, string period, FigureForm form, decimal shown, int decimals, NegativeStyle style, bool magnitude)
    {
        var change = form.Kind == FigureKind.ChangePercent;
        var element = change ? vocabulary.ChangeElement(id)! : vocabulary.Element(id);
        // A % is a ratio shown times 100: scale -2, and two more decimals than shown.
        var scale = change ? -2 : form.Scale;
        var digits = NumberText.Format(Math.Abs(shown), decimals, style);
        var signed = magnitude ? digits : NumberText.Format(shown, decimals, style);
        var at = signed.IndexOf(digits, StringComparison.Ordinal);
        var fact = new StringBuilder();
        fact.Append(XhtmlText.Escape(signed[..at]));
        fact.Append(CultureInfo.InvariantCulture,
            $"<ix:nonFraction name=\"{Name(element)}\" contextRef=\"{Context(period)}\" unitRef=\"{Unit(id, element)}\" decimals=\"{decimals - scale}\" scale=\"{scale}\" format=\"{XbrlNamespaces.NumDotDecimal}\"");
        if (shown < 0)
            fact.Append(" sign=\"-\"");
        fact.Append('>').Append(XhtmlText.Escape(digits)).Append("</ix:nonFraction>");
        fact.Append(XhtmlText.Escape(signed[(at + digits.Length)..]));
        return new Markup(fact.ToString());
    }

    /// <summary>A nil fact (the source prints a dash): an empty ix:nonFraction with xsi:nil, then the dash.</summary>
    public Markup Nil(string id, string period)
    {
        var element = vocabulary.Element(id);
        return new Markup($"<ix:nonFraction name=\"{Name(element)}\" contextRef=\"{Context(period)}\" unitRef=\"{Unit(id, element)}\" xsi:nil=\"true\"/>"
            + XhtmlText.Escape(FigureWriter.NilText));
    }

    /// <summary>The ix:header in a hidden div, with the schema reference and the contexts and units of the facts tagged so far.</summary>
    public string Header()
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
