using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>Where a figure goes in the TDnet summary: the tse-ed-t element it is reported as, and the members its
/// contexts carry besides the period's result or forecast (a dividend's schedule, NonConsolidatedMember).</summary>
/// <remarks>XBRL metadata of a concept or measure, as data: the summary's form decides which elements it has, this says
/// which figure each one is. The figure's year-on-year change is the element "ChangeIn" + <see cref="Element"/>.</remarks>
public sealed record TdnetMapping(string Element, IReadOnlyList<string> Members, SourceLocation Location);
