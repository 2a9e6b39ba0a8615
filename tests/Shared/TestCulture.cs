using System.Globalization;

namespace IIJReportGen.Tests.Shared;

/// <summary>Runs code under another culture, for tests that prove output does not depend on it.</summary>
internal static class TestCulture
{
    /// <summary>Runs <paramref name="action"/> with the thread's culture set to <paramref name="culture"/>.</summary>
    public static T Run<T>(string culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
