using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using JintEngine = Jint.Engine;

namespace Collections.Engine.Expressions;

/// <summary>
/// Checks, <em>before</em> they allocate, the built-ins with which one call of a script can make a block far larger
/// than its input: <c>repeat</c>, <c>padStart</c>/<c>padEnd</c>, <c>String.prototype.concat</c>, <c>replace</c>/<c>replaceAll</c>,
/// <c>Array.prototype.join</c>/<c>toLocaleString</c>/<c>fill</c>/<c>concat</c>, <c>JSON.parse</c>/<c>JSON.stringify</c>, and the
/// <c>ArrayBuffer</c> and typed-array constructors. Jint's memory limit (<see cref="ExpressionOptions.MemoryLimitBytes"/>)
/// is measured after each statement, so without these checks <c>'x'.repeat(2**28)</c> took 512 MB before it failed.
/// </summary>
/// <remarks>
/// The originals are captured in closures of host functions, so a script cannot reach them; a script that replaces a
/// guarded method only replaces it with its own code, whose allocations meet the same checks. Each argument is
/// converted once and the converted value is passed on, so a <c>valueOf</c> cannot answer small to the check and
/// large to the built-in. Exceeding the bound throws <see cref="AllocationLimitExceededException"/>.
/// </remarks>
internal sealed class AllocationGuard
{
    /// <summary>.NET strings are UTF-16.</summary>
    private const int BytesPerChar = 2;

    /// <summary>A dense array slot holds one reference.</summary>
    private const int BytesPerElement = 8;

    /// <summary>
    /// How much larger the parsed value of a JSON text can be than the text: <c>[],</c> is 6 bytes of text and about
    /// 100 bytes as a JavaScript array.
    /// </summary>
    private const int JsonParseExpansion = 16;

    /// <summary>Every global that can allocate a binary buffer; kept in step with the list in the buffer guard prelude.</summary>
    private static readonly string[] BufferConstructors =
    [
        "ArrayBuffer", "SharedArrayBuffer", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
        "Int32Array", "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
    ];

    private readonly JintEngine engine;
    private readonly long maxBytes;
    private readonly JsValue toObject;
    private readonly HashSet<ObjectInstance> joining = new(ReferenceEqualityComparer.Instance);

    private AllocationGuard(JintEngine engine, long maxBytes)
    {
        this.engine = engine;
        this.maxBytes = maxBytes;
        toObject = engine.Global.Get("Object");
    }

    /// <summary>
    /// Replaces the allocating built-ins of <paramref name="engine"/>'s realm by checked ones; buffer constructors are
    /// guarded when <paramref name="referencedGlobals"/> names them, removed otherwise.
    /// </summary>
    public static void Install(JintEngine engine, long maxBytes, IReadOnlyCollection<string> referencedGlobals)
    {
        var guard = new AllocationGuard(engine, maxBytes);
        var strings = (ObjectInstance)engine.Global.Get("String").Get("prototype");
        guard.Wrap(strings, "repeat", 1, guard.Repeat);
        guard.Wrap(strings, "padStart", 1, guard.Pad);
        guard.Wrap(strings, "padEnd", 1, guard.Pad);
        guard.Wrap(strings, "concat", 1, guard.ConcatStrings);
        guard.Wrap(strings, "replace", 2, (original, thisObj, args) => guard.Replace(original, thisObj, args, all: false));
        guard.Wrap(strings, "replaceAll", 2, (original, thisObj, args) => guard.Replace(original, thisObj, args, all: true));

        var arrays = (ObjectInstance)engine.Global.Get("Array").Get("prototype");
        guard.Wrap(arrays, "join", 1, (original, thisObj, args) => guard.Join(original, thisObj, args, localized: false));
        guard.Wrap(arrays, "toLocaleString", 0, (original, thisObj, args) => guard.Join(original, thisObj, args, localized: true));
        guard.Wrap(arrays, "fill", 1, guard.Fill);
        guard.Wrap(arrays, "concat", 1, guard.ConcatArrays);

        var json = (ObjectInstance)engine.Global.Get("JSON");
        guard.Wrap(json, "parse", 2, guard.ParseJson);
        guard.Wrap(json, "stringify", 3, guard.Stringify);

        // Wrapping the buffer constructors in proxies costs far more than the rest of an evaluation, and conditions
        // never use binary data: a program that does not name them (or globalThis) gets no buffer constructors at all.
        if (BufferConstructors.Any(referencedGlobals.Contains) || referencedGlobals.Contains("globalThis"))
        {
            var installBuffers = engine.Evaluate(ExpressionPrelude.BufferGuardProgram);
            engine.Call(installBuffers, JsValue.Undefined, [new ClrFunction(engine, "check", guard.CheckFromScript, 2)]);
        }
        else
        {
            foreach (var name in BufferConstructors)
            {
                engine.Global.RemoveOwnProperty(name);
            }
        }
    }

    private void Wrap(ObjectInstance target, string name, int length, Func<JsValue, JsValue, JsValue[], JsValue> body)
    {
        var original = target.Get(name);
        var function = new ClrFunction(engine, name, (thisObj, args) => body(original, thisObj, args), length);
        target.FastSetProperty(name, new PropertyDescriptor(function, PropertyFlag.Writable | PropertyFlag.Configurable));
    }

    private void Check(double bytes, string operation)
    {
        if (bytes > maxBytes)
        {
            throw new AllocationLimitExceededException(operation, bytes, maxBytes);
        }
    }

    private JsValue CheckFromScript(JsValue thisObj, JsValue[] args)
    {
        Check(TypeConverter.ToNumber(Arg(args, 0)), TypeConverter.ToString(Arg(args, 1)));
        return JsValue.Undefined;
    }

    private JsValue Repeat(JsValue original, JsValue thisObj, JsValue[] args)
    {
        if (IsNullish(thisObj))
        {
            return engine.Call(original, thisObj, args); // the built-in's TypeError
        }

        var text = TypeConverter.ToString(thisObj);
        var count = TypeConverter.ToNumber(Arg(args, 0));
        if (text.Length > 0 && count > 0)
        {
            Check((double)text.Length * count * BytesPerChar, "String.prototype.repeat");
        }

        return engine.Call(original, new JsString(text), [JsNumber.Create(count)]);
    }

    private JsValue Pad(JsValue original, JsValue thisObj, JsValue[] args)
    {
        if (IsNullish(thisObj))
        {
            return engine.Call(original, thisObj, args);
        }

        var text = TypeConverter.ToString(thisObj);
        var maxLength = TypeConverter.ToLength(Arg(args, 0));
        Check((double)maxLength * BytesPerChar, "String.prototype.padStart/padEnd");
        return engine.Call(original, new JsString(text), [JsNumber.Create((double)maxLength), Arg(args, 1)]);
    }

    private JsValue ConcatStrings(JsValue original, JsValue thisObj, JsValue[] args)
    {
        if (IsNullish(thisObj))
        {
            return engine.Call(original, thisObj, args);
        }

        var parts = new string[args.Length + 1];
        parts[0] = TypeConverter.ToString(thisObj);
        double total = parts[0].Length;
        for (var i = 0; i < args.Length; i++)
        {
            parts[i + 1] = TypeConverter.ToString(args[i]);
            total += parts[i + 1].Length;
        }

        Check(total * BytesPerChar, "String.prototype.concat");
        return new JsString(string.Concat(parts));
    }

    /// <summary>
    /// The result is the text plus, per match, the replacement; <c>$`</c> and <c>$'</c> in a replacement can insert
    /// the whole text once per match, so a replacement with <c>$</c> is counted as if each pair of its characters did.
    /// A replacement function is wrapped to count what it returns.
    /// </summary>
    private JsValue Replace(JsValue original, JsValue thisObj, JsValue[] args, bool all)
    {
        var operation = all ? "String.prototype.replaceAll" : "String.prototype.replace";
        if (IsNullish(thisObj))
        {
            return engine.Call(original, thisObj, args);
        }

        var text = TypeConverter.ToString(thisObj);
        var search = Arg(args, 0);
        var replacement = Arg(args, 1);
        if (replacement is Function)
        {
            double produced = text.Length;
            var counting = new ClrFunction(engine, "replacer", (self, values) =>
            {
                var piece = TypeConverter.ToString(engine.Call(replacement, self, values));
                produced += piece.Length;
                Check(produced * BytesPerChar, operation);
                return new JsString(piece);
            });
            return engine.Call(original, new JsString(text), [search, counting]);
        }

        var replacementText = TypeConverter.ToString(replacement);
        double perMatch = replacementText.Contains('$', StringComparison.Ordinal)
            ? replacementText.Length + (replacementText.Length / 2.0 * text.Length)
            : replacementText.Length;
        if (search is ObjectInstance)
        {
            // A regular expression: at most one match per position, and one more at the end.
            Check((text.Length + ((text.Length + 1.0) * perMatch)) * BytesPerChar, operation);
        }
        else
        {
            var searchText = TypeConverter.ToString(search);
            search = new JsString(searchText);
            Check((text.Length + (CountMatches(text, searchText, all) * perMatch)) * BytesPerChar, operation);
        }

        return engine.Call(original, new JsString(text), [search, new JsString(replacementText)]);
    }

    private static double CountMatches(string text, string search, bool all)
    {
        if (search.Length == 0)
        {
            return all ? text.Length + 1.0 : 1;
        }

        var count = 0;
        for (var at = text.IndexOf(search, StringComparison.Ordinal); at >= 0; at = text.IndexOf(search, at + search.Length, StringComparison.Ordinal))
        {
            count++;
            if (!all)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>
    /// <c>Array.prototype.join</c> (ECMA-262 §23.1.3.18) built here, so the result is measured while it grows: one
    /// large string shared by many elements would otherwise be copied into a result of any size in a single call.
    /// A cycle (<c>a[0] = a</c>) joins as an empty string, as in browsers.
    /// </summary>
    private JsValue Join(JsValue original, JsValue thisObj, JsValue[] args, bool localized)
    {
        var operation = localized ? "Array.prototype.toLocaleString" : "Array.prototype.join";
        if (IsNullish(thisObj))
        {
            return engine.Call(original, thisObj, args);
        }

        var separatorArg = localized ? JsValue.Undefined : Arg(args, 0);
        var obj = ToObject(thisObj);
        var length = TypeConverter.ToLength(obj.Get("length"));
        var separator = separatorArg.IsUndefined() ? "," : TypeConverter.ToString(separatorArg);
        Check((double)length * BytesPerElement, operation);
        Check(Math.Max(0, length - 1) * (double)separator.Length * BytesPerChar, operation);
        if (!joining.Add(obj))
        {
            return new JsString("");
        }

        try
        {
            var result = new StringBuilder();
            for (ulong k = 0; k < length; k++)
            {
                if (k > 0)
                {
                    result.Append(separator);
                }

                var element = obj.Get(JsNumber.Create((double)k));
                if (IsNullish(element))
                {
                    continue;
                }

                var piece = localized
                    ? TypeConverter.ToString(engine.Call(ToObject(element).Get("toLocaleString"), element, []))
                    : TypeConverter.ToString(element);
                Check(((double)result.Length + piece.Length) * BytesPerChar, operation);
                result.Append(piece);
            }

            return new JsString(result.ToString());
        }
        finally
        {
            joining.Remove(obj);
        }
    }

    private JsValue Fill(JsValue original, JsValue thisObj, JsValue[] args)
    {
        if (IsNullish(thisObj))
        {
            return engine.Call(original, thisObj, args);
        }

        var obj = ToObject(thisObj);
        double length = TypeConverter.ToLength(obj.Get("length"));
        var start = Relative(Arg(args, 1), 0, length);
        var end = Relative(Arg(args, 2), length, length);
        Check(Math.Max(0, end - start) * BytesPerElement, "Array.prototype.fill");
        return engine.Call(original, obj, [Arg(args, 0), JsNumber.Create(start), JsNumber.Create(end)]);
    }

    /// <summary>ECMA-262 relative index: negative counts from the end, clamped to [0, length].</summary>
    private static double Relative(JsValue value, double fallback, double length)
    {
        if (value.IsUndefined())
        {
            return fallback;
        }

        var relative = TypeConverter.ToIntegerOrInfinity(value);
        return relative < 0 ? Math.Max(length + relative, 0) : Math.Min(relative, length);
    }

    private JsValue ConcatArrays(JsValue original, JsValue thisObj, JsValue[] args)
    {
        double total = ElementCount(thisObj);
        foreach (var arg in args)
        {
            total += ElementCount(arg);
        }

        Check(total * BytesPerElement, "Array.prototype.concat");
        return engine.Call(original, thisObj, args);
    }

    private static double ElementCount(JsValue value) =>
        value is JsArray array ? TypeConverter.ToLength(array.Get("length")) : 1;

    private JsValue ParseJson(JsValue original, JsValue thisObj, JsValue[] args)
    {
        var text = TypeConverter.ToString(Arg(args, 0));
        Check((double)text.Length * BytesPerChar * JsonParseExpansion, "JSON.parse");
        return engine.Call(original, thisObj, [new JsString(text), Arg(args, 1)]);
    }

    /// <summary>
    /// Counts the output while the built-in walks the value, through a replacer it calls for every property after
    /// <c>toJSON</c> (ECMA-262 §25.5.2.2); the user's replacer function, if any, runs first. An array replacer (a
    /// property allow-list) is applied by the same replacer, so output follows the object's own key order.
    /// </summary>
    private JsValue Stringify(JsValue original, JsValue thisObj, JsValue[] args)
    {
        var userReplacer = Arg(args, 1);
        var space = Arg(args, 2);
        var indent = space.IsNumber() ? (int)Math.Clamp(TypeConverter.ToIntegerOrInfinity(space), 0, 10)
            : space.IsString() ? Math.Min(space.AsString().Length, 10) : 0;
        HashSet<string>? allowed = null;
        if (userReplacer is JsArray list)
        {
            allowed = new HashSet<string>(StringComparer.Ordinal);
            var count = TypeConverter.ToLength(list.Get("length"));
            for (ulong i = 0; i < count; i++)
            {
                allowed.Add(TypeConverter.ToString(list.Get(JsNumber.Create((double)i))));
            }
        }

        var depths = new Dictionary<ObjectInstance, int>(ReferenceEqualityComparer.Instance);
        double produced = 0;
        var counting = new ClrFunction(engine, "replacer", (holder, kv) =>
        {
            var key = TypeConverter.ToString(Arg(kv, 0));
            var value = Arg(kv, 1);
            if (userReplacer is Function)
            {
                value = engine.Call(userReplacer, holder, [new JsString(key), value]);
            }
            else if (allowed is not null && holder is not JsArray && key.Length > 0 && !allowed.Contains(key))
            {
                return JsValue.Undefined;
            }

            var depth = holder is ObjectInstance h && depths.TryGetValue(h, out var d) ? d : 0;
            if (value is ObjectInstance child && !depths.ContainsKey(child))
            {
                depths[child] = depth + 1;
            }

            produced += key.Length + 4 + ((double)indent * (depth + 1)) + SerializedSize(value);
            Check(produced * BytesPerChar, "JSON.stringify");
            return value;
        }, 2);
        return engine.Call(original, thisObj, [Arg(args, 0), counting, space]);
    }

    /// <summary>Characters a primitive takes in JSON; objects count their brackets here and their members as they are visited.</summary>
    private static double SerializedSize(JsValue value)
    {
        if (value.IsString())
        {
            var text = value.AsString();
            var escaped = 0;
            foreach (var c in text)
            {
                if (c < ' ' || c == '"' || c == '\\' || char.IsSurrogate(c))
                {
                    escaped += 5; // \u00XX, the longest escape
                }
            }

            return text.Length + escaped + 2;
        }

        return value.IsNumber() ? 24 : value is ObjectInstance ? 2 : 5;
    }

    private ObjectInstance ToObject(JsValue value) =>
        value as ObjectInstance ?? (ObjectInstance)engine.Call(toObject, JsValue.Undefined, [value]);

    private static bool IsNullish(JsValue value) => value.IsNull() || value.IsUndefined();

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;
}
