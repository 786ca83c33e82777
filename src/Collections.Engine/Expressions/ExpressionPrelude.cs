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

    /// <summary>The helpers every program may use; <see cref="Prepared{T}"/> is immutable and safe to share across threads.</summary>
    public static Prepared<Script> CoreProgram { get; } = JintEngine.PrepareScript(CoreSource, "prelude", strict: true);

    /// <summary><c>dateTime()</c> and the type behind it.</summary>
    public static Prepared<Script> DateTimeProgram { get; } = JintEngine.PrepareScript(DateTimeSource, "prelude-datetime", strict: true);
}
