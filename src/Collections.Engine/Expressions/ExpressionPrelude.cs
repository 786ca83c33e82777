using Acornima.Ast;
using Jint;
using JintEngine = Jint.Engine;

namespace Collections.Engine.Expressions;

/// <summary>
/// JavaScript helpers installed in the sandbox before the user's program runs: the targets of the JUEL translation
/// (<c>__eq</c>, <c>__empty</c>) and Camunda's <c>now()</c> and <c>dateTime()</c>. Parsed once for the process.
/// The <c>dateTime()</c> part is the larger one and runs only for programs that name it.
/// </summary>
internal static class ExpressionPrelude
{
    /// <summary>Global name of the constructor behind <c>dateTime()</c>; results of that type convert to a date-time variable.</summary>
    public const string DateTimeConstructor = "__DateTime";

    /// <summary>The free name that makes a program need <see cref="DateTimeProgram"/>.</summary>
    public const string DateTimeFunction = "dateTime";

    private const string CoreSource = """
        function now() { return new Date(); }
        function __isDate(x) { return x instanceof Date || (typeof __DateTime === 'function' && x instanceof __DateTime); }
        function __eq(a, b) {
          if (a == null || b == null) { return a == b; }
          if (__isDate(a) && __isDate(b)) { return +a === +b; }
          return a == b;
        }
        function __empty(x) {
          if (x == null || x === '') { return true; }
          if (Array.isArray(x)) { return x.length === 0; }
          if (typeof x === 'object' && !__isDate(x)) { return Object.keys(x).length === 0; }
          return false;
        }
        """;

    // Joda-Time's DateTime as Camunda exposes it, in UTC: plusMonths clamps to the month's last day (Jan 31 + 1 month = Feb 28).
    private const string DateTimeSource = """
        var __DateTime = (function () {
          function DateTime(millis) { this.__millis = millis; Object.freeze(this); }
          function addMonths(millis, months) {
            var d = new Date(millis);
            var total = d.getUTCMonth() + months;
            var year = d.getUTCFullYear() + Math.floor(total / 12);
            var month = ((total % 12) + 12) % 12;
            var lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
            d.setUTCFullYear(year, month, Math.min(d.getUTCDate(), lastDay));
            return d.getTime();
          }
          function plus(ms) { return function (n) { return new DateTime(this.__millis + n * ms); }; }
          function minus(ms) { return function (n) { return new DateTime(this.__millis - n * ms); }; }
          var p = DateTime.prototype;
          p.plusMillis = plus(1); p.minusMillis = minus(1);
          p.plusSeconds = plus(1000); p.minusSeconds = minus(1000);
          p.plusMinutes = plus(60000); p.minusMinutes = minus(60000);
          p.plusHours = plus(3600000); p.minusHours = minus(3600000);
          p.plusDays = plus(86400000); p.minusDays = minus(86400000);
          p.plusWeeks = plus(604800000); p.minusWeeks = minus(604800000);
          p.plusMonths = function (n) { return new DateTime(addMonths(this.__millis, n)); };
          p.minusMonths = function (n) { return new DateTime(addMonths(this.__millis, -n)); };
          p.plusYears = function (n) { return new DateTime(addMonths(this.__millis, 12 * n)); };
          p.minusYears = function (n) { return new DateTime(addMonths(this.__millis, -12 * n)); };
          p.toDate = function () { return new Date(this.__millis); };
          p.getMillis = function () { return this.__millis; };
          p.isBefore = function (other) { return this.__millis < +other; };
          p.isAfter = function (other) { return this.__millis > +other; };
          p.valueOf = function () { return this.__millis; };
          p.toString = function () { return new Date(this.__millis).toISOString(); };
          p.toJSON = p.toString;
          Object.freeze(p);
          return DateTime;
        })();
        function dateTime(value) {
          return new __DateTime(value === undefined ? Date.now() : +(value instanceof Date || value instanceof __DateTime ? value : new Date(value)));
        }
        """;

    // Constructors cannot be host functions, so the buffer constructors are wrapped in proxies that ask the host's check
    // first; the proxy also replaces prototype.constructor, so species lookups (slice, subarray, map) go through it.
    private const string BufferGuardSource = """
        (function (check) {
          var names = ['ArrayBuffer', 'SharedArrayBuffer', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
            'Uint16Array', 'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
          function define(target, name, value) {
            Object.defineProperty(target, name, { value: value, writable: true, enumerable: false, configurable: true });
          }
          function size(value) { return typeof value === 'bigint' ? Number(value) : +value; }
          names.forEach(function (name) {
            var original = globalThis[name];
            if (typeof original !== 'function') { return; }
            var bytes = original.BYTES_PER_ELEMENT || 1;
            var guarded = new Proxy(original, {
              construct: function (target, args, newTarget) {
                var first = args[0];
                if (typeof first !== 'object' || first === null) {
                  if (first !== undefined && typeof first !== 'symbol') { check(size(first) * bytes, 'new ' + name); }
                } else if (!(first instanceof ArrayBuffer) && !(typeof SharedArrayBuffer === 'function' && first instanceof SharedArrayBuffer)) {
                  check(size(first.length) * bytes, 'new ' + name);
                }
                if (bytes === 1 && args[1] !== null && typeof args[1] === 'object') { check(size(args[1].maxByteLength), 'new ' + name); }
                return Reflect.construct(target, args, newTarget);
              },
            });
            define(globalThis, name, guarded);
            define(original.prototype, 'constructor', guarded);
          });
          var prototype = ArrayBuffer.prototype;
          ['transfer', 'transferToFixedLength', 'resize'].forEach(function (method) {
            var original = prototype[method];
            if (typeof original !== 'function') { return; }
            define(prototype, method, function (length) {
              check(length === undefined ? 0 : size(length), 'ArrayBuffer.prototype.' + method);
              return original.call(this, length);
            });
          });
        })
        """;

    /// <summary>The helpers every program may use; <see cref="Prepared{T}"/> is immutable and safe to share across threads.</summary>
    public static Prepared<Script> CoreProgram { get; } = JintEngine.PrepareScript(CoreSource, "prelude", strict: true);

    /// <summary>Evaluates to a function that installs the buffer-constructor checks of <see cref="AllocationGuard"/>.</summary>
    public static Prepared<Script> BufferGuardProgram { get; } = JintEngine.PrepareScript(BufferGuardSource, "prelude-guard", strict: true);

    /// <summary><c>dateTime()</c> and the type behind it.</summary>
    public static Prepared<Script> DateTimeProgram { get; } = JintEngine.PrepareScript(DateTimeSource, "prelude-datetime", strict: true);
}
