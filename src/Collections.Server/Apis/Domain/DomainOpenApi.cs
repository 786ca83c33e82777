using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Collections.Server.Apis.Domain;

/// <summary>
/// The integrator API in the OpenAPI document: the API-key scheme, each endpoint's scope and
/// security requirement, the Idempotency-Key header on creating POSTs, and a request example per endpoint, so a
/// generated client works and Swagger UI shows what to send.
/// </summary>
internal static class DomainOpenApi
{
    public const string SchemeName = "ApiKey";

    private static readonly Dictionary<string, string> Examples = new()
    {
        ["CreateDebtor"] = """{"externalId":"CUST-0042","name":"Ferretería López SA de CV","taxId":"FLO010101AB1","language":"es","timeZone":"America/Mexico_City","country":"MX","segment":"retail","riskScore":60,"hasService":true,"contacts":[{"channel":"email","value":"pagos@ferreteria.mx","preferred":true},{"channel":"phone","value":"+525512345678"}],"alternateContacts":[{"role":"seller","name":"Ana Ruiz","channel":"email","value":"ana@proveedor.mx"}],"optOuts":["sms"]}""",
        ["UpsertDebtor"] = """{"name":"Ferretería López SA de CV","language":"es","timeZone":"America/Mexico_City","country":"MX","riskScore":60}""",
        ["UpsertDebtorContact"] = """{"channel":"whatsapp","value":"+525512345678","validFrom":"2026-01-01","preferred":false}""",
        ["CreateInvoice"] = """{"externalId":"erp-778","number":"F-1001","debtorExternalId":"CUST-0042","amount":1200.50,"currency":"MXN","issueDate":"2026-02-01","dueDate":"2026-03-03","purchaseOrderNumber":"PO-77"}""",
        ["UpsertInvoice"] = """{"number":"F-1001","debtorExternalId":"CUST-0042","amount":1200.50,"currency":"MXN","issueDate":"2026-02-01","dueDate":"2026-03-03"}""",
        ["ApplyPayment"] = """{"amount":250.25,"currency":"MXN","reference":"SPEI-20260310-0001","paidOn":"2026-03-10"}""",
        ["OpenCase"] = """{"invoiceExternalId":"erp-778","assignedCollector":"maria.gomez"}""",
        ["CreatePromise"] = """{"amount":400.00,"currency":"MXN","promiseDate":"2026-03-15"}""",
        ["OpenDispute"] = """{"reason":"missing-purchase-order","owner":"billing","notes":"PO 77 not attached"}""",
        ["ResolveDispute"] = """{"resolution":"Credit note CN-9 issued","outcome":"credit-note"}""",
        ["RejectDispute"] = """{"resolution":"Goods signed for on 2026-02-03"}""",
        ["RecordContactAttempt"] = """{"channel":"phone","direction":"outbound","outcome":"no-answer","by":"maria.gomez","notes":"Voicemail full"}""",
        ["CancelCase"] = """{"reason":"Opened by mistake: invoice was cancelled in the ERP"}""",
        ["WriteOffCase"] = """{"reason":"Debtor declared bankrupt"}""",
        ["ProposePaymentPlan"] = """{"currency":"MXN","installments":[{"dueDate":"2026-04-15","amount":400.50},{"dueDate":"2026-05-15","amount":400.00},{"dueDate":"2026-06-15","amount":400.00}],"notes":"Agreed by phone with the debtor's treasurer"}""",
        ["ProposeSettlementOffer"] = """{"discountPercent":15,"amount":1020.42,"currency":"MXN","expiresOn":"2026-04-10","notes":"One payment by SPEI"}""",
        ["CreateWebhook"] = """{"url":"https://erp.example.com/hooks/collections","events":["case.opened","payment.applied","case.closed"],"secret":"whsec_at_least_16_characters"}""",
        ["UpdateWebhook"] = """{"url":"https://erp.example.com/hooks/collections","events":["*"],"secret":"whsec_at_least_16_characters","active":true}""",
    };

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key (apikey create) as a bearer token; its scopes decide what it may call.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<DomainScopeMetadata>().LastOrDefault() is not { } scope) return Task.CompletedTask;

            operation.Description = $"Requires an API key with scope `{scope.Scope}` (or `admin`).";
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [scope.Scope] });
            if (metadata.OfType<IdempotentPostMetadata>().Any())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = IdempotencyFilter.HeaderName,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "Same key and body: the first response again, no second effect. Same key, other body: 409.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
                });
            }

            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => string.IsNullOrEmpty(p.Description)))
            {
                parameter.Description = ParameterDescription(context.Description.RelativePath ?? string.Empty, parameter.Name ?? string.Empty);
            }

            if (operation.RequestBody is not null)
            {
                operation.Responses ??= [];
                operation.Responses["415"] = new OpenApiResponse
                {
                    Description = "The body is not sent as application/json (`request.unsupported-media-type`).",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
                    },
                };
            }

            if (NameOf(metadata) is { } name && Examples.TryGetValue(name, out var example)
                && operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true)
            {
                media.Example = JsonNode.Parse(example);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>What a path or query parameter of the integrator API means, for the readers of Swagger UI.</summary>
    internal static string? ParameterDescription(string route, string name) => name switch
    {
        "id" when route.StartsWith("api/v1/invoices", StringComparison.Ordinal) => "The invoice's id (`id` of its answers).",
        "id" when route.StartsWith("api/v1/webhooks/deliveries", StringComparison.Ordinal) => "The delivery's id (from the delivery log).",
        "id" when route.StartsWith("api/v1/webhooks", StringComparison.Ordinal) => "The webhook subscription's id.",
        "id" or "caseId" => "The case's id (`id` of its answers, `caseId` on its invoice).",
        "externalId" when route.StartsWith("api/v1/debtors", StringComparison.Ordinal) => "Your id of the debtor (its external id).",
        "externalId" => "Your id of the invoice (its external id).",
        "disputeId" => "The dispute's id (in the case's `disputes`).",
        "planId" => "The payment plan's id.",
        "offerId" => "The settlement offer's id.",
        "key" => "The outreach template's key, e.g. `friendly-reminder`.",
        "language" => "`es` or `en`; by default the debtor's language.",
        "status" when route.StartsWith("api/v1/invoices", StringComparison.Ordinal) => "Only invoices in this status: `open`, `paid` or `closed`.",
        "status" when route.StartsWith("api/v1/webhooks", StringComparison.Ordinal) => "Only deliveries in this status: `pending`, `delivered` or `failed`.",
        "status" => "Only cases in this status: `open` or `closed`.",
        "stage" => "Only cases in this business stage: `reminder`, `junior-call`, `senior-call`, `legal-warning`, `promise`, `dispute`, `negotiation`, `legal` or `closed`.",
        "activity" => "Only cases whose process waits in exactly these activity ids, as `activity` shows them (e.g. `call_debtor`).",
        "collector" => "Only cases assigned to this collector.",
        "debtorExternalId" => "Only those of the debtor with this external id.",
        "overdueBucket" => "Only cases this many days overdue: `1-30`, `31-60`, `61-90` or `90+`.",
        "dueBefore" => "Only invoices due before this date (`YYYY-MM-DD`).",
        "subscriptionId" => "Only deliveries to this webhook subscription.",
        "eventType" => "Only deliveries of this event (e.g. `payment.applied`).",
        "cursor" => "`nextCursor` of the previous page; leave out for the first page.",
        "limit" => "Items per page, 1 to 200 (default 50).",
        _ => null,
    };

    private static string? NameOf(IList<object> metadata) => metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName;
}
