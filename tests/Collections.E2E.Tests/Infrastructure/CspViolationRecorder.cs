using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>
/// Records what the browser refused under the server's Content-Security-Policy on one page (every frame, every
/// navigation): <c>securitypolicyviolation</c> events, reported through a binding by a listener injected before any
/// page script runs, and console errors that name the policy (Chromium logs one per refusal, also for sandboxed
/// frames where no listener can run).
/// </summary>
public sealed class CspViolationRecorder
{
    private const string BindingName = "__collectionsCspViolation";

    private const string Listener = $$"""
        document.addEventListener('securitypolicyviolation', (e) => {
          try { window.{{BindingName}}(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || document.location.href}:${e.lineNumber}`); } catch { }
        });
        """;

    private readonly ConcurrentQueue<string> _violations = new();
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CspViolationRecorder()
    {
    }

    /// <summary>Every violation so far, in the order the browser reported them.</summary>
    public IReadOnlyList<string> Violations => [.. _violations];

    /// <summary>Completes when the first violation arrives (to prove the recorder sees one).</summary>
    public Task FirstViolation => _first.Task;

    /// <summary>Starts recording on <paramref name="page"/>; call before the page loads anything.</summary>
    public static async Task<CspViolationRecorder> AttachAsync(IPage page)
    {
        var recorder = new CspViolationRecorder();
        await page.ExposeFunctionAsync<string, bool>(BindingName, text =>
        {
            recorder.Add("event: " + text);
            return true;
        });
        await page.AddInitScriptAsync(Listener);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                recorder.Add("console: " + message.Text);
            }
        };
        return recorder;
    }

    private void Add(string violation)
    {
        _violations.Enqueue(violation);
        _first.TrySetResult();
    }
}
