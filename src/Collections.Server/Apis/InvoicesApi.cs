using Collections.Domain.Cases.Contracts;
using Collections.Domain.Invoices;
using Collections.Domain.Paging;
using Collections.Domain.Payments;
using Collections.Server.Apis.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Collections.Server.Audit;

namespace Collections.Server.Apis;

/// <summary>Invoices (register, upsert, list, get) and the payments reported against them.</summary>
public static class InvoicesApi
{
    public static RouteGroupBuilder MapInvoicesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/invoices").WithTags("Invoices").WithDomainApiDefaults(DomainApiScopes.CasesWrite);
        api.MapPost("/", CreateAsync).WithName("CreateInvoice")
            .WithSummary("Registers an invoice. One not yet due opens its case by itself after the due date plus the grace period, unless paid first.")
            .WithCreatingPost().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/external/{externalId}", UpsertAsync).WithName("UpsertInvoice")
            .WithSummary("Creates (201) or updates (200) the invoice with this external id; amount and currency are locked once a payment is applied.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync).WithName("ListInvoices").RequireAuthorizationScope(DomainApiScopes.CasesRead)
            .WithSummary("Lists invoices by status (open, paid, closed), debtor and due date; cursor pagination.");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetInvoice").RequireAuthorizationScope(DomainApiScopes.CasesRead)
            .WithSummary("One invoice with its balance and case id.");
        api.MapPost("/{id:guid}/payments", ApplyPaymentAsync).WithName("ApplyPayment").RequireAuthorizationScope(DomainApiScopes.PaymentsWrite)
            .WithSummary("Applies a payment. Partial: lowers the balance (message partial-payment). Full: the case closes (message payment-received, or the process is canceled when it waits for none).")
            .WithCreatingPost().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Created<InvoiceDto>> CreateAsync(InvoiceInput body, InvoiceService invoices, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.InvoiceCreated, $"invoice:{body.ExternalId}", details: body);
        var created = await invoices.CreateAsync(body, cancellationToken);
        return TypedResults.Created($"/api/v1/invoices/{created.Id}", created);
    }

    public static async Task<Results<Created<InvoiceDto>, Ok<InvoiceDto>>> UpsertAsync(
        string externalId, InvoiceInput body, InvoiceService invoices, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.InvoiceUpserted, $"invoice:{externalId}", details: body);
        var (invoice, created) = await invoices.UpsertAsync(externalId, body, cancellationToken);
        return created ? TypedResults.Created($"/api/v1/invoices/{invoice.Id}", invoice) : TypedResults.Ok(invoice);
    }

    public static async Task<Ok<Page<InvoiceDto>>> ListAsync(
        InvoiceService invoices, string? status, string? debtorExternalId, DateOnly? dueBefore, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await invoices.ListAsync(new InvoiceQuery(status, debtorExternalId, dueBefore, cursor, limit), cancellationToken));

    public static async Task<Results<Ok<InvoiceDto>, ProblemHttpResult>> GetAsync(Guid id, InvoiceService invoices, CancellationToken cancellationToken) =>
        await invoices.FindAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(DomainApiResults.NotFound("Invoice", id.ToString()));

    internal static async Task<Created<PaymentDto>> ApplyPaymentAsync(
        Guid id, PaymentInput body, PaymentService payments, IAuditTrail audit, AuditCaseLookup cases, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.PaymentApplied, $"invoice:{id}", await cases.ForInvoiceAsync(id, cancellationToken), body);
        var payment = await payments.ApplyAsync(id, body, cancellationToken);
        return TypedResults.Created($"/api/v1/invoices/{id}", payment);
    }
}
