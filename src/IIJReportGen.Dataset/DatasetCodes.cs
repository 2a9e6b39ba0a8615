namespace IIJReportGen.Dataset;

/// <summary>Stable codes of the findings the dataset loader reports.</summary>
public static class DatasetCodes
{
    public const string Unreadable = "DS001";
    public const string MalformedJson = "DS002";
    public const string UnknownProperty = "DS003";
    public const string MissingProperty = "DS004";
    public const string WrongType = "DS005";
    public const string InvalidValue = "DS006";
    public const string UndefinedReference = "DS007";
    public const string DuplicateKey = "DS008";
    public const string PeriodOrder = "DS009";
    public const string ExpressionSyntax = "DS010";
    public const string Cycle = "DS011";
    public const string TooLarge = "DS012";
    public const string FigureOutOfRange = "DS013";
}
