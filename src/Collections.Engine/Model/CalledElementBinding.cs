namespace Collections.Engine.Model;

public enum CalledElementBinding
{
    Latest,
    Version,
}
