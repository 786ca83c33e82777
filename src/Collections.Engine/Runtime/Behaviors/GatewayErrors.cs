using Collections.Engine.Errors;
using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

internal static class GatewayErrors
{
    public static CollectionsException NoFlowMatched(Gateway gateway) => new InvalidRequestException("gateway.no-flow",
        $"No outgoing sequence flow of {gateway.ElementKind} '{gateway.Id}' matched its condition and there is no default flow.");
}
