using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating;

/// <summary>A use of a figure (cf. <see cref="FactUse"/>) that the dataset has no value for (or cannot derive), where the template asks for it.</summary>
/// <param name="Id">The concept or measure id.</param>
/// <param name="Period">The period asked for.</param>
/// <param name="Template">The template file:line:col of the helper call.</param>
/// <param name="Message">What is missing, in the helper's words ("'OperatingIncome' has no millions for period '1H14'.").</param>
/// <param name="Hint">How to fix it from the template's side.</param>
public sealed record MissingUse(string Id, string Period, SourceLocation Template, string Message, string Hint)
{
    /// <summary>When a shared partial asks for the figure, the template line that names it (the include given its id); else null.</summary>
    public SourceLocation? Caller { get; init; }
}
