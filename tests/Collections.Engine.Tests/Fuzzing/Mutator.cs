using System.Text;
using CsCheck;

namespace Collections.Engine.Tests.Fuzzing;

/// <summary>
/// Makes fuzz inputs: a seed from the corpus with a few random edits (cut, copy, insert, deep nesting), or a random
/// run of tokens. Every input is a pure function of one generated integer, so a failure prints a reproducible input.
/// </summary>
internal static class Mutator
{
    /// <summary>Inputs are cut to this size: the parsers' own limits are tested elsewhere; here breadth matters.</summary>
    public const int MaxInputLength = 64 * 1024;

    private const string Interesting = "<>/\"'${}#()[]!?:.,;-+*%&|=\\ \n\t0123456789abcdeRPTZWDHMS_\u0000\u00e9\ud83d\ude00";

    /// <summary>Three in four inputs mutate a seed; the rest are random token soup.</summary>
    public static Gen<string> From(IReadOnlyList<string> seeds, IReadOnlyList<string> tokens) =>
        Gen.Int.Select(n =>
        {
            var random = new Random(n);
            return random.Next(4) == 0 ? Soup(random, tokens) : Mutate(seeds[random.Next(seeds.Count)], random);
        });

    public static string Mutate(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        var edits = 1 + random.Next(4);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(text.Length + 1);
            var length = Math.Min(text.Length - at, random.Next(1, 64));
            switch (random.Next(7))
            {
                case 0 when length > 0:
                    text.Remove(at, length);
                    break;
                case 1 when length > 0:
                    text.Insert(random.Next(text.Length + 1), text.ToString(at, length));
                    break;
                case 2:
                    text.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 3:
                    var open = "([{!-".Substring(random.Next(5), 1);
                    var depth = random.Next(1, 2_000);
                    text.Insert(at, new string(open[0], depth));
                    break;
                case 4 when length > 0:
                    text.Insert(at, string.Concat(Enumerable.Repeat(text.ToString(at, length), random.Next(2, 200))));
                    break;
                case 5:
                    text.Length = at;
                    break;
                default:
                    if (text.Length > 0)
                    {
                        text[Math.Min(at, text.Length - 1)] = Interesting[random.Next(Interesting.Length)];
                    }

                    break;
            }

            if (text.Length > MaxInputLength)
            {
                text.Length = MaxInputLength;
            }
        }

        return text.ToString();
    }

    private static string Soup(Random random, IReadOnlyList<string> tokens)
    {
        var text = new StringBuilder();
        var count = random.Next(1, 80);
        for (var i = 0; i < count; i++)
        {
            text.Append(tokens[random.Next(tokens.Count)]);
            if (random.Next(3) == 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }
}
