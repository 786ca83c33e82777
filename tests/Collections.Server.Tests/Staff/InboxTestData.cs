using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Staff;

/// <summary>Processes with one user task each, and cases opened on them through the integrator API.</summary>
public static class InboxTestData
{
    public const string Junior = "junior-collectors";
    public const string Senior = "senior-collectors";
    public const string Finance = "finance";

    /// <summary>start → one user task (<paramref name="taskKey"/>) offered to <paramref name="group"/> → end.</summary>
    public static string Process(string key, string taskKey, string group, string? dueDate = null) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="defs-{key}" targetNamespace="http://collections.test">
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="{taskKey}" />
            <bpmn:userTask id="{taskKey}" name="Task {taskKey}" camunda:candidateGroups="{group}"{(dueDate is null ? "" : $" camunda:dueDate=\"{dueDate}\"")} />
            <bpmn:sequenceFlow id="f2" sourceRef="{taskKey}" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task RegisterNamedDebtorAsync(this HttpClient client, string externalId, string name)
    {
        using var response = await client.PutAsJsonAsync($"/api/v1/debtors/{externalId}", new
        {
            name, language = "es", timeZone = "America/Mexico_City", country = "MX", riskScore = 0,
        });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the case of a new invoice on <paramref name="processKey"/>; returns the case.</summary>
    public static async Task<JsonElement> OpenAsync(
        this HttpClient client, string processKey, string number, decimal amount, int daysOverdue, string debtor = "D-1", string currency = "MXN")
    {
        var due = DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime).AddDays(-daysOverdue);
        using var response = await client.PostAsJsonAsync("/api/v1/cases", new
        {
            invoice = new { externalId = "ext-" + number, number, debtorExternalId = debtor, amount, currency, issueDate = due.AddDays(-30), dueDate = due },
            processKey,
        });
        return (await response.ReadAsync(HttpStatusCode.Created)).GetProperty("case");
    }
}
