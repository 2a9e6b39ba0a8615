namespace IIJReportGen.Dataset.Figures;

/// <summary>What a shown figure is: a number, the dash of a nil figure, or the policy's text for a % change that means nothing.</summary>
public enum ShownAs
{
    Number,
    Dash,
    NotMeaningful,
}

/// <summary>A figure as a document shows it: the rounded value, its decimals and its text.</summary>
/// <param name="Form">The form it is shown in.</param>
/// <param name="As">Whether the text is a number, a dash or the "not meaningful" text.</param>
/// <param name="Value">The value rounded as shown (in the form's scale); null for "not meaningful". A dash stands for zero (or null when even that cannot be derived).</param>
/// <param name="Decimals">The decimals shown.</param>
/// <param name="Text">The text with the document's negative style: "54,397", "(7.8)", "△7.8", "-", "n.m.".</param>
/// <param name="Digits">The text without a sign, for prose that says the sign in words and for Inline XBRL, which tags the digits only.</param>
public sealed record ShownFigure(FigureForm Form, ShownAs As, decimal? Value, int Decimals, string Text, string Digits)
{
    /// <summary>The XBRL scale of the shown number (6 for millions, -2 for a %).</summary>
    public int XbrlScale => Form.XbrlScale;

    /// <summary>The XBRL decimals of the shown number: what it shows, in the units of the fact (millions → -6, a % to 1 place → 3).</summary>
    public int XbrlDecimals => Decimals - XbrlScale;
}
