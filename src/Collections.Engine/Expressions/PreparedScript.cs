using Acornima.Ast;
using Jint;

namespace Collections.Engine.Expressions;

/// <summary>
/// The compiled form of a javascript <see cref="Model.ScriptSource"/>: the parsed program, and the free names it uses,
/// so that only those variables are read and exposed when it runs.
/// </summary>
internal sealed class PreparedScript(Prepared<Script> program)
{
    public Prepared<Script> Program { get; } = program;

    /// <summary>Names the script reads but does not declare: candidates for process variables.</summary>
    public IReadOnlyCollection<string> ReferencedGlobals { get; } = program.ReferencedGlobals ?? (IReadOnlyCollection<string>)[];
}
