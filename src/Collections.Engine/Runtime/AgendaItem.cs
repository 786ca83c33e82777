using Collections.Engine.Runtime.State;

namespace Collections.Engine.Runtime;

internal sealed record AgendaItem(ProcessRun Run, ActivityInstanceState Ai, AgendaOperation Operation);
