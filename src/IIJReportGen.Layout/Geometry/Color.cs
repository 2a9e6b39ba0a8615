using System.Globalization;

namespace IIJReportGen.Layout;

/// <summary>An sRGB colour with alpha.</summary>
public readonly record struct Color(byte Red, byte Green, byte Blue, byte Alpha = 255)
{
    public static Color Black { get; } = new(0, 0, 0);

    public static Color White { get; } = new(255, 255, 255);

    public static Color Transparent { get; } = new(0, 0, 0, 0);

    /// <summary>Parses "#rgb", "#rrggbb" or "#rrggbbaa" (the forms a stylesheet uses).</summary>
    public static Color FromHex(string hex)
    {
        var digits = hex.StartsWith('#') ? hex[1..] : hex;
        if (digits.Length == 3)
            digits = string.Concat(digits[0], digits[0], digits[1], digits[1], digits[2], digits[2]);
        if (digits.Length is not (6 or 8) || !uint.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            throw new FormatException($"'{hex}' is not a colour; expected #rgb, #rrggbb or #rrggbbaa.");
        if (digits.Length == 6)
            value = (value << 8) | 0xFF;
        return new((byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    internal SkiaSharp.SKColor ToSkia() => new(Red, Green, Blue, Alpha);
}
