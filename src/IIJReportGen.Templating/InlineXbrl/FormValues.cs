using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Templating.Figures;
using IIJReportGen.Templating.Rendering;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;
using Scriban;

namespace IIJReportGen.Templating.InlineXbrl;

/// <summary>The values of the summary form's own facts, from the dataset, as the document shows them and tagged: texts with
/// their references written as figures, dates in the document's words with the transformation that reads them back.</summary>
/// <remarks>In the document's language (its policies' "language": a Japanese summary shows the form's "ja" words) and date
/// style ("November 8, 2013", 平成25年11月8日), each date with the TR4 transformation that reads it back; the facts, their
/// contexts and XBRL values are the same in every language.</remarks>
internal sealed class FormValues(RenderSession session, ReferenceExpander expander)
{
    private InlineFacts Tags => session.InlineFacts!;

    private PresentationPolicy Policy => session.Presentation.Policy;

    /// <summary>Part <paramref name="part"/> of a form fact the document shows (not a flag: those need the document's words).</summary>
    public Markup Visible(TemplateContext context, string element, int part)
    {
        var fact = FactOf(context, element);
        if (part < 1 || part > fact.Parts.Count)
            throw session.Error(context, $"{element} has {fact.Parts.Count} part(s); there is no part {part}.", "Number the parts from 1, in the order the form lists them.");
        var value = fact.PartsIn(Policy.Language)[part - 1];
        return value.Kind switch
        {
            FormValueKind.Flag or FormValueKind.Listed => throw session.Error(context, $"{element} is yes or no: the document says it in its own words.",
                $"Write it with tdnet_flag \"{element}\" \"<word for yes>\" \"<word for no>\"."),
            FormValueKind.Quarter => Tags.Number(fact, session.InlineFacts!.Summary.Periods.Quarter),
            FormValueKind.Date or FormValueKind.FiscalYearEnd => Tags.NonNumeric(fact, part, Markup.Text(NumberText.Date(Date(context, value), Policy.Dates)), DateFormat(Policy.Dates)),
            _ => Tags.NonNumeric(fact, part, Content(context, value), null),
        };
    }

    /// <summary>A yes/no form fact, shown as one of the document's two words; the fact's value is fixed by the transformation.</summary>
    public Markup Flag(TemplateContext context, string element, string yes, string no)
    {
        var fact = FactOf(context, element);
        var set = fact.Value.Kind is FormValueKind.Flag or FormValueKind.Listed
            ? Truth(context, fact)
            : throw session.Error(context, $"{element} is not yes or no.", $"Write it with tdnet \"{element}\".");
        return Tags.NonNumeric(fact, 1, Markup.Text(set ? yes : no), set ? XbrlNamespaces.FixedTrue : XbrlNamespaces.FixedFalse);
    }

    /// <summary>A hidden form fact: its XBRL value as it is (true/false, yyyy-MM-dd, digits), as TDnet writes its hidden facts.</summary>
    public Markup Hidden(TemplateContext context, FormFact fact) => fact.Value.Kind switch
    {
        FormValueKind.Flag or FormValueKind.Listed => Tags.NonNumeric(fact, 1, Markup.Text(Truth(context, fact) ? "true" : "false"), null),
        FormValueKind.Date or FormValueKind.FiscalYearEnd => Tags.NonNumeric(fact, 1, Markup.Text(NumberText.IsoDate(Date(context, fact.Value))), null),
        FormValueKind.Quarter => Tags.Number(fact, Tags.Summary.Periods.Quarter),
        _ => Tags.NonNumeric(fact, 1, Content(context, fact.PartsIn(Policy.Language)[0]), null),
    };

    /// <summary>The Transformation Registry 4 format that reads a date written in <paramref name="style"/> back to yyyy-MM-dd.</summary>
    public static string DateFormat(DateStyle style) => style switch
    {
        DateStyle.JapaneseEra => XbrlNamespaces.DateJapaneseEra,
        DateStyle.JapaneseWestern => XbrlNamespaces.DateYearMonthDay,
        _ => XbrlNamespaces.DateMonthNameDayYearEnglish,
    };

    private FormFact FactOf(TemplateContext context, string element) =>
        session.InlineFacts is null
            ? throw session.Error(context, $"tdnet is only for the TDnet summary ('{session.Document}' is rendered without Inline XBRL).", "Remove it from this template.")
            : Tags.Summary.Form.Fact(element)
              ?? throw session.Error(context, $"{element} is not a fact of {Tags.Summary.Form.File}.",
                  "A figure is shown with the number helpers (millions, units …); a form fact by its element or its \"role\" as the form lists it.");

    private Markup Content(TemplateContext context, FormValue value) => value.Kind switch
    {
        FormValueKind.Text => expander.Expand(context, Single(context, value.Key)),
        FormValueKind.Label => Markup.Text(session.Dataset.Report.Labels.TryGetValue(value.Key, out var label) ? label
            : throw Missing(context, $"report label '{value.Key}'", "report.labels")),
        FormValueKind.Company => Markup.Text(Company(context, value.Key)),
        FormValueKind.Person => Markup.Text(Person(context, value.Key)),
        _ => Markup.Text(SecuritiesCode.Listed(session.Dataset)),
    };

    private string Single(TemplateContext context, string key)
    {
        var text = session.RequireText(context, key);
        return text.Paragraphs.Count == 1
            ? text.Paragraphs[0]
            : throw session.Error(context, $"Text '{key}' has {text.Paragraphs.Count} paragraphs; a part of a form fact is one.", "Split it into texts of one paragraph, each a part of the fact.");
    }

    private string Company(TemplateContext context, string field)
    {
        var company = session.Dataset.Company;
        var value = field switch
        {
            "name" => company.Name,
            "shortName" => company.ShortName,
            "url" => company.Url,
            "email" => company.Email,
            "phone" => company.Phone,
            "phoneDomestic" => company.PhoneDomestic,
            _ => throw session.Error(context, $"'company:{field}' is not a company field.", "Use name, shortName, url, email, phone or phoneDomestic."),
        };
        return value ?? throw Missing(context, $"company.{field}", "company");
    }

    private string Person(TemplateContext context, string key)
    {
        var (role, field) = key.IndexOf('.') is var dot and > 0 ? (key[..dot], key[(dot + 1)..]) : (key, "");
        if (!session.Dataset.Company.People.TryGetValue(role, out var person))
            throw Missing(context, $"person '{role}'", "company.people");
        return field switch
        {
            "name" => person.Name,
            "title" => person.Title,
            _ => throw session.Error(context, $"'person:{key}' names no field of a person.", $"Use person:{role}.name or person:{role}.title."),
        };
    }

    private DateOnly Date(TemplateContext context, FormValue value) =>
        value.Kind == FormValueKind.FiscalYearEnd ? Tags.Summary.Periods.YearEnd
        : session.Dataset.Report.Dates.TryGetValue(value.Key, out var date) ? date
        : throw Missing(context, $"report date '{value.Key}'", "report.dates");

    private bool Truth(TemplateContext context, FormFact fact) =>
        fact.Value.Kind == FormValueKind.Listed
            ? session.Dataset.Company.Listings.Any(l => l.Tdnet.Contains(fact.Element))
            : session.Dataset.Report.Flags.TryGetValue(fact.Value.Key, out var flag) ? flag
            : throw Missing(context, $"report flag '{fact.Value.Key}'", "report.flags");

    private TemplateError Missing(TemplateContext context, string what, string where) =>
        session.Error(context, $"The TDnet summary form needs the {what}, which the dataset lacks.", $"Add it to {where} in the dataset.");
}
