namespace IIJReportGen.Validation;

/// <summary>Stable codes of the validation findings.</summary>
public static class ValidationCodes
{
    public const string CalculationInconsistent = "VAL001";
    public const string TieOutFails = "VAL002";
    public const string PublishedDiffers = "VAL003";
    public const string RoundingFooting = "VAL004";
    public const string MissingFact = "VAL005";
    public const string TieOutNeverApplies = "VAL006";
    public const string PublishedNotDerivable = "VAL007";
}
