namespace IIJReportGen.Templating.Functions;

/// <summary>Questions a table partial asks about a written cell, answered here rather than by a loop over its characters
/// (a per-character template loop counts toward the loop limit and made long tables fail).</summary>
internal sealed class CellFunctions : TemplateFunctions
{
    /// <summary>True when the cell ends with a closing parenthesis (a negative in parentheses), which hangs into the cell's padding
    /// so the digits of a column line up. A cell is text or helper markup (Inline XBRL tags), both ending as written.</summary>
    public bool HangsParenthesis(object? cell) => (cell?.ToString() ?? "").EndsWith(')');
}
