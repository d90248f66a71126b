using System.CommandLine;
using Storyline.Eval;

namespace Storyline.Cli.Commands;

/// <summary>
/// The action of a command that reads a labelled dataset (<c>eval</c>, <c>train</c>): a dataset that
/// is absent, unreadable or malformed is reported as "storyline: ..." with exit code 4 instead of a
/// stack trace.
/// </summary>
internal static class DatasetAction
{
    /// <param name="optionErrorsAreUsage">Also report an <see cref="ArgumentException"/> (an option value
    /// the command's own validation refused) with exit code 2.</param>
    public static int Run(ParseResult parse, Func<int> body, bool optionErrorsAreUsage = false)
    {
        try
        {
            return body();
        }
        catch (Exception error) when (error is DatasetMissingException or InvalidDataException or IOException or UnauthorizedAccessException
            || (optionErrorsAreUsage && error is ArgumentException))
        {
            parse.InvocationConfiguration.Error.WriteLine($"storyline: {error.Message}");
            return error is ArgumentException ? ExitCodes.Usage : ExitCodes.NotFound;
        }
    }
}
