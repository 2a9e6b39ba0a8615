using IIJReportGen.Templating.InlineXbrl;
using IIJReportGen.Templating.Rendering;
using Scriban;

namespace IIJReportGen.Templating.Functions;

/// <summary>The TDnet summary form's own facts (company information, notes, flags), shown where the template puts them and
/// tagged as Inline XBRL: the form (templates/tdnet/) says what each is and where its value comes from.</summary>
internal sealed class SummaryFunctions(FormValues values) : TemplateFunctions
{
    /// <summary>A form fact, or part <paramref name="part"/> of a text the form gives in parts: <c>tdnet "CompanyName"</c>.</summary>
    public Markup Tdnet(TemplateContext context, string element, int part = 1) => values.Visible(context, element, part);

    /// <summary>A yes/no form fact in the document's words: <c>tdnet_flag "SupplementalMaterialOfQuarterlyResults" "Yes" "No"</c>.</summary>
    public Markup TdnetFlag(TemplateContext context, string element, string yes, string no) => values.Flag(context, element, yes, no);
}
