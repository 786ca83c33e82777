namespace Collections.Engine.Model;

public sealed class InclusiveGateway : Gateway;
