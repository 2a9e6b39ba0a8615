namespace IIJReportGen.Dataset.Expressions;

/// <summary>Which period a reference takes its value from, relative to the period being evaluated.</summary>
public enum PeriodSelector
{
    /// <summary>The period being evaluated.</summary>
    Current,

    /// <summary>The instant just before the evaluated duration begins (opening balance).</summary>
    Start,

    /// <summary>The instant at the end of the evaluated duration (closing balance).</summary>
    End,

    /// <summary>A period named in the expression (Id@KEY).</summary>
    Fixed,
}

/// <summary>A node of a declared rule or measure: arithmetic over facts and measures.</summary>
public abstract record Expression
{
    /// <summary>Every fact or measure the expression refers to, in order.</summary>
    public abstract IEnumerable<Reference> References();
}

/// <summary>A decimal literal.</summary>
public sealed record Literal(decimal Value) : Expression
{
    public override IEnumerable<Reference> References() => [];

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A reference to a concept or measure, optionally pinned to a period (Id@KEY, Id@start, Id@end).</summary>
public sealed record Reference(string Id, PeriodSelector Selector, string? PeriodKey, int Position) : Expression
{
    public override IEnumerable<Reference> References() => [this];

    public override string ToString() => Selector switch
    {
        PeriodSelector.Start => Id + "@start",
        PeriodSelector.End => Id + "@end",
        PeriodSelector.Fixed => Id + "@" + PeriodKey,
        _ => Id,
    };
}

/// <summary>Unary minus.</summary>
public sealed record Negation(Expression Operand) : Expression
{
    public override IEnumerable<Reference> References() => Operand.References();

    public override string ToString() => "-" + Operand;
}

/// <summary>A binary operation: + - * /.</summary>
public sealed record Binary(char Operator, Expression Left, Expression Right) : Expression
{
    public override IEnumerable<Reference> References() => Left.References().Concat(Right.References());

    public override string ToString() => $"({Left} {Operator} {Right})";
}

/// <summary>A rule's two sides, LEFT = RIGHT.</summary>
public sealed record Equation(Expression Left, Expression Right);
