using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Warns where a label or text names a currency the documents do not show: after the convenience currency became EUR,
/// a line label "(JPY / U.S. Dollars / JPY)" or a footnote on "U.S. dollars" no longer reads right.</summary>
internal sealed class CurrencyWordCheck(ReportModel model, DiagnosticBag diagnostics)
{
    public int Run()
    {
        var shown = new[] { model.Currencies.Reporting, model.Currencies.Convenience }.OfType<Unit>().Select(u => u.Words).ToList();
        var count = 0;
        foreach (var phrase in DatasetString.Of(model.Dataset))
            foreach (var word in CurrencyVocabulary.Pattern().Matches(phrase.Text).Select(m => m.Value).Distinct())
            {
                count++;
                if (!CurrencyVocabulary.Names(word, shown))
                    diagnostics.Add(Diagnostic.Warning(ValidationCodes.ForeignCurrencyWord,
                        $"{char.ToUpperInvariant(phrase.What[0])}{phrase.What[1..]} names '{word}', but the documents show {string.Join(" and ", shown.Select(c => c.Code))}.",
                        phrase.Location, "Name the currencies the dataset reports and translates into (their units' label, symbol and name), or correct policies.convenienceTranslation.currency."));
            }
        return count;
    }
}
