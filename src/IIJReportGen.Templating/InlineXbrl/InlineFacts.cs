using System.Globalization;
using System.Text;
using System.Xml;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating.Rendering;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Templating.InlineXbrl;

/// <summary>Tags what the TDnet summary shows as Inline XBRL facts — figures as ix:nonFraction, the form's own facts as
/// ix:nonNumeric (a text in parts continued with ix:continuation) — and writes the ix:header with the hidden facts and exactly
/// the contexts and units used.</summary>
internal sealed class InlineFacts(TdnetSummary summary, string folder)
{
    /// <summary>Where the ix:header goes; replaced after rendering, when every fact (and so every context) is known.</summary>
    /// <remarks>A comment cannot come from data (data is escaped), so only the ix_header helper can put it there.</remarks>
    public const string HeaderPlaceholder = "<!--ix:header-->";

    private readonly SortedSet<string> _contexts = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _units = new(StringComparer.Ordinal);
    private readonly HashSet<(string Element, int Part)> _shown = [];
    private readonly List<Markup> _hidden = [];

    public TdnetSummary Summary => summary;

    /// <summary>The root element's namespace declarations: XHTML, Inline XBRL, XBRL, dimensions, ISO 4217, XSI and our taxonomy.</summary>
    public string NamespaceDeclarations
    {
        get
        {
            var builder = new StringBuilder($"xmlns=\"{XhtmlNamespaces.Xhtml}\"");
            foreach (var (prefix, ns) in summary.Vocabulary.InlineNamespaces.Append(("xbrldi", XbrlNamespaces.Xbrldi)).Append(("xsi", XbrlNamespaces.Xsi)).DistinctBy(p => p.Item1))
                builder.Append(CultureInfo.InvariantCulture, $" xmlns:{prefix}=\"{XhtmlText.Escape(ns)}\"");
            return builder.ToString();
        }
    }

    /// <summary>Where a shown figure goes in the summary, or null when it is not one of the summary's facts (it is shown as
    /// text: a figure inside a note, a % change the form has no element for).</summary>
    /// <exception cref="XbrlMappingException">The figure is in the summary but its period has no TDnet name.</exception>
    public SummaryFigure? Place(string id, string period, FigureForm form, string? vs) =>
        form.IsFact ? summary.Figure(id, period, change: false)
        : form.Derivation == Derivation.YoyPercent && vs is null ? summary.Figure(id, period, change: true)
        : null;

    /// <summary>An ix:nonFraction around the shown digits; a negative keeps its parentheses (or sign) outside the tag and says sign="-".</summary>
    /// <remarks>Scale and decimals are the shown figure's: a % is a ratio shown times 100 (scale -2, two more decimals than shown).</remarks>
    public Markup Tag(SummaryFigure place, ShownFigure shown, bool magnitude)
    {
        var digits = shown.Digits;
        var signed = magnitude ? digits : shown.Text;
        var at = signed.IndexOf(digits, StringComparison.Ordinal);
        var fact = new StringBuilder();
        fact.Append(XhtmlText.Escape(signed[..at]));
        fact.Append(CultureInfo.InvariantCulture,
            $"<ix:nonFraction name=\"{Name(place.Element)}\" contextRef=\"{Context(place.Context)}\" unitRef=\"{Unit(place.UnitId)}\" decimals=\"{shown.XbrlDecimals}\" scale=\"{shown.XbrlScale}\" format=\"{XbrlNamespaces.NumDotDecimal}\"");
        if (shown.Value < 0)
            fact.Append(" sign=\"-\"");
        fact.Append('>').Append(XhtmlText.Escape(digits)).Append("</ix:nonFraction>");
        fact.Append(XhtmlText.Escape(signed[(at + digits.Length)..]));
        return new Markup(fact.ToString());
    }

    /// <summary>A nil fact (the source prints a dash): an empty ix:nonFraction with xsi:nil, then the dash.</summary>
    public Markup Nil(SummaryFigure place, string dash) =>
        new($"<ix:nonFraction name=\"{Name(place.Element)}\" contextRef=\"{Context(place.Context)}\" unitRef=\"{Unit(place.UnitId)}\" xsi:nil=\"true\"/>"
            + XhtmlText.Escape(dash));

    /// <summary>Part <paramref name="part"/> (1-based) of a form fact, around content already written as markup: an
    /// ix:nonNumeric for the first part (continued at the next when there are more), an ix:continuation for the others.</summary>
    /// <remarks>The content keeps its marks: a figure cited in a note is still found where it is shown.</remarks>
    public Markup NonNumeric(FormFact fact, int part, Markup content, string? format)
    {
        _shown.Add((fact.Element, part));
        var next = part < fact.Parts.Count ? $" continuedAt=\"{ContinuationId(fact, part + 1)}\"" : "";
        var formatted = format is null ? "" : $" format=\"{format}\"";
        var (open, close) = part > 1
            ? ($"<ix:continuation id=\"{ContinuationId(fact, part)}\"{next}>", "</ix:continuation>")
            : ($"<ix:nonNumeric name=\"{Name(fact.Element)}\" contextRef=\"{Context(summary.ContextOf(fact))}\"{formatted}{next}>", "</ix:nonNumeric>");
        return Markup.Join([new Markup(open), content, new Markup(close)]);
    }

    /// <summary>A form fact that is a number (the quarter): an ix:nonFraction in whole units of pure.</summary>
    public Markup Number(FormFact fact, int value)
    {
        _shown.Add((fact.Element, 1));
        return new Markup(string.Create(CultureInfo.InvariantCulture,
            $"<ix:nonFraction name=\"{Name(fact.Element)}\" contextRef=\"{Context(summary.ContextOf(fact))}\" unitRef=\"{Unit(summary.Vocabulary.ChangeUnitId)}\" decimals=\"0\" scale=\"0\" format=\"{XbrlNamespaces.NumDotDecimal}\">{value}</ix:nonFraction>"));
    }

    /// <summary>The visible parts of form facts the document has not shown (every document shows the whole form).</summary>
    public IEnumerable<string> Missing() =>
        summary.Form.Facts.Where(f => !f.Hidden)
            .SelectMany(f => Enumerable.Range(1, f.Parts.Count).Where(p => !_shown.Contains((f.Element, p))).Select(p => f.Parts.Count == 1 ? f.Element : $"{f.Element} part {p}"));

    /// <summary>Tags the form's hidden facts with <paramref name="hidden"/>, for the header (once; the template's ix_header asks).</summary>
    public void HideFacts(Func<FormFact, Markup> hidden)
    {
        if (_hidden.Count == 0)
            _hidden.AddRange(summary.Form.Facts.Where(f => f.Hidden).Select(hidden));
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

    /// <summary>The ix:header in a hidden div: the hidden facts, the schema reference, and the contexts and units of the facts
    /// tagged so far.</summary>
    private string Header()
    {
        var builder = new StringBuilder("<div style=\"display:none\">");
        var settings = new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment, OmitXmlDeclaration = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(builder, settings))
            InlineXbrlHeader.Write(writer, summary, folder, _contexts, _units, w =>
            {
                foreach (var fact in _hidden)
                    w.WriteRaw(fact.Xhtml);
            });
        return builder.Append("</div>").ToString();
    }

    private static string Name(string element) => XbrlVocabulary.Prefix + ":" + element;

    private static string ContinuationId(FormFact fact, int part) => string.Create(CultureInfo.InvariantCulture, $"{fact.Element}-{part}");

    private string Context(SummaryContext context)
    {
        _contexts.Add(context.Id);
        return context.Id;
    }

    private string Unit(string unitId)
    {
        _units.Add(unitId);
        return unitId;
    }
}
