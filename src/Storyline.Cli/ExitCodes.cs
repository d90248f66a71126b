namespace Storyline.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>The batch finished but some items failed; each failure was reported.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line was wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>Nothing could be processed: every input failed, or the store could not be opened.</summary>
    public const int AllFailed = 3;

    /// <summary>An evaluation's dataset is missing or malformed, or a requested record does not exist.</summary>
    public const int NotFound = 4;

    /// <summary>Interrupted (Ctrl+C); work committed so far is kept.</summary>
    public const int Cancelled = 130;
}
