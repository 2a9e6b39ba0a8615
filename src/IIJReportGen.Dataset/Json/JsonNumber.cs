using System.Numerics;
using System.Text;
using Newtonsoft.Json;

namespace IIJReportGen.Dataset.Json;

/// <summary>A JSON number as a decimal, exactly as the dataset's numbers have always been read (Newtonsoft.Json with
/// FloatParseHandling.Decimal): 1.50 keeps its two decimals, an integer beyond 64 bits is a decimal when one holds it.</summary>
/// <remarks>Plain numbers (up to 18 digits, or 19 with a decimal point, no exponent: every figure a dataset holds) are
/// read here, with the same arithmetic; any other goes through Newtonsoft.Json itself, so its rounding of a 30-digit
/// number, its exponents and its refusals stay exactly as they were.</remarks>
internal static class JsonNumber
{
    private static readonly BigInteger Largest = new(decimal.MaxValue);

    /// <summary>Read; a whole number beyond a decimal (reported with every other); a number no decimal holds (where reading
    /// stops); or one no reader takes (where reading stops, with the reader's words).</summary>
    public enum Outcome { Read, BeyondDecimal, OutOfRange, Malformed }

    /// <param name="raw">The number as written (valid JSON).</param>
    /// <param name="refusal">The reader's words, when <see cref="Outcome.Malformed"/>.</param>
    public static Outcome Read(ReadOnlySpan<byte> raw, out decimal value, out string? refusal)
    {
        refusal = null;
        if (Plain(raw, out value))
            return Outcome.Read;
        try
        {
            using var reader = new JsonTextReader(new StringReader(Encoding.ASCII.GetString(raw))) { FloatParseHandling = FloatParseHandling.Decimal };
            reader.Read();
            switch (reader.Value)
            {
                case BigInteger big when BigInteger.Abs(big) > Largest:
                    return Outcome.BeyondDecimal;
                case BigInteger big:
                    value = (decimal)big;
                    return Outcome.Read;
                default:
                    value = Convert.ToDecimal(reader.Value, System.Globalization.CultureInfo.InvariantCulture);
                    return Outcome.Read;
            }
        }
        catch (JsonReaderException e) when (!e.Message.Contains("decimal", StringComparison.OrdinalIgnoreCase))
        {
            refusal = e.Message;
            return Outcome.Malformed;
        }
        catch (Exception e) when (e is JsonReaderException or OverflowException)
        {
            // Newtonsoft's decimal parsing overflows on some long numbers with exponents (1234567890123456789012345678.9e1):
            // out of range, where the old reader crashed.
            return Outcome.OutOfRange;
        }
    }

    private static bool Plain(ReadOnlySpan<byte> raw, out decimal value)
    {
        value = 0;
        var negative = raw[0] == '-';
        var digits = negative ? raw[1..] : raw;
        var point = digits.IndexOf((byte)'.');
        if (digits.IndexOfAny((byte)'e', (byte)'E') >= 0 || digits.Length > (point < 0 ? 18 : 20))
            return false;
        ulong mantissa = 0;
        foreach (var b in digits)
            if (b != '.')
                mantissa = mantissa * 10 + (ulong)(b - '0');
        if (point < 0)
        {
            value = negative ? -(long)mantissa : (long)mantissa;
            return true;
        }
        // Newtonsoft's steps for a short decimal: the digits as a whole number, times 10^-decimals, then the sign (which
        // -0.0 loses: it hands out one shared 0.0; -0.00 keeps it).
        var decimals = digits.Length - point - 1;
        value = mantissa;
        value *= new decimal(1, 0, 0, false, (byte)decimals);
        if (negative && (mantissa != 0 || decimals > 1))
            value = -value;
        return true;
    }
}
