using System.Globalization;

namespace IIJReportGen.Dataset.Expressions;

/// <summary>A syntax error in a rule or measure, at a character position of its text.</summary>
public sealed class ExpressionSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}

/// <summary>Parses arithmetic over fact references: <c>OperatingIncome + DepreciationAndAmortization</c>.</summary>
/// <remarks>Grammar: sum := product (('+'|'-') product)*; product := unary (('*'|'/') unary)*;
/// unary := '-' unary | atom; atom := number | id ('@' period)? | '(' sum ')'.</remarks>
public sealed class ExpressionParser
{
    private readonly string _text;
    private int _position;

    private ExpressionParser(string text) => _text = text;

    /// <summary>Parses a whole expression; throws <see cref="ExpressionSyntaxException"/> on bad input.</summary>
    public static Expression Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var expression = parser.Sum();
        parser.SkipSpace();
        if (parser._position < text.Length)
            throw new ExpressionSyntaxException($"Unexpected '{text[parser._position]}'.", parser._position);
        return expression;
    }

    /// <summary>Parses "LEFT = RIGHT" into its two sides.</summary>
    public static Equation ParseEquation(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0 || text.IndexOf('=', equals + 1) >= 0)
            throw new ExpressionSyntaxException("A rule must have exactly one '=' between its two sides.", Math.Max(equals, 0));
        var left = Parse(text[..equals]);
        try
        {
            return new Equation(left, Parse(text[(equals + 1)..]));
        }
        catch (ExpressionSyntaxException e)
        {
            throw new ExpressionSyntaxException(e.Message, e.Position + equals + 1);
        }
    }

    private Expression Sum()
    {
        var left = Product();
        while (TryTake('+', '-') is { } op)
            left = new Binary(op, left, Product());
        return left;
    }

    private Expression Product()
    {
        var left = Unary();
        while (TryTake('*', '/') is { } op)
            left = new Binary(op, left, Unary());
        return left;
    }

    private Expression Unary() => TryTake('-') is not null ? new Negation(Unary()) : Atom();

    private Expression Atom()
    {
        SkipSpace();
        if (_position >= _text.Length)
            throw new ExpressionSyntaxException("The expression ends where a figure or name was expected.", _position);
        var c = _text[_position];
        if (c == '(')
        {
            _position++;
            var inner = Sum();
            if (TryTake(')') is null)
                throw new ExpressionSyntaxException("Missing ')'.", _position);
            return inner;
        }
        if (char.IsAsciiDigit(c) || c == '.')
            return Number();
        if (char.IsAsciiLetter(c) || c == '_')
            return NamedReference();
        throw new ExpressionSyntaxException($"Unexpected '{c}'.", _position);
    }

    private Literal Number()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '.'))
            _position++;
        var token = _text[start.._position];
        if (!decimal.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new ExpressionSyntaxException($"'{token}' is not a number.", start);
        return new Literal(value);
    }

    private Reference NamedReference()
    {
        var start = _position;
        var id = Take(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_');
        if (_position >= _text.Length || _text[_position] != '@')
            return new Reference(id, PeriodSelector.Current, null, start);
        _position++;
        var period = Take(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-');
        return period switch
        {
            "" => throw new ExpressionSyntaxException($"'{id}@' must be followed by a period key, 'start' or 'end'.", _position),
            "start" => new Reference(id, PeriodSelector.Start, null, start),
            "end" => new Reference(id, PeriodSelector.End, null, start),
            _ => new Reference(id, PeriodSelector.Fixed, period, start),
        };
    }

    private string Take(Func<char, bool> accept)
    {
        var start = _position;
        while (_position < _text.Length && accept(_text[_position]))
            _position++;
        return _text[start.._position];
    }

    private char? TryTake(params char[] operators)
    {
        SkipSpace();
        if (_position < _text.Length && operators.Contains(_text[_position]))
            return _text[_position++];
        return null;
    }

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            _position++;
    }
}
