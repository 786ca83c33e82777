namespace Collections.Engine.Model;

public sealed class ExclusiveGateway : Gateway;
