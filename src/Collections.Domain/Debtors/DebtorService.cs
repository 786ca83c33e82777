using Collections.Domain.Errors;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Debtors;

/// <summary>Debtor registration: create (409 on a known external id), upsert by external id, contacts.</summary>
public sealed class DebtorService(DomainWork work)
{
    public Task<DebtorDto> CreateAsync(DebtorInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var debtor = new Debtor(work.NewId(), input, work.Now);
            if (await db.Debtors.AnyAsync(d => d.ExternalId == debtor.ExternalId, cancellationToken))
            {
                throw new DomainConflictException("debtor.exists", $"A debtor with external id '{debtor.ExternalId}' exists; PUT /api/v1/debtors/{debtor.ExternalId} updates it.");
            }

            db.Debtors.Add(debtor);
            return DebtorDto.From(debtor);
        }, cancellationToken);

    /// <summary>Creates or replaces the debtor; <c>Created</c> tells which.</summary>
    public Task<(DebtorDto Debtor, bool Created)> UpsertAsync(string externalId, DebtorInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var existing = await db.Debtors.SingleOrDefaultAsync(d => d.ExternalId == externalId, cancellationToken);
            if (existing is not null)
            {
                existing.Update(input, work.Now);
                return (DebtorDto.From(existing), false);
            }

            var debtor = new Debtor(work.NewId(), input with { ExternalId = input.ExternalId ?? externalId }, work.Now);
            if (debtor.ExternalId != externalId)
            {
                throw new DomainValidationException("debtor.external-id-mismatch", "externalId", $"The body names debtor '{debtor.ExternalId}' but the URL names '{externalId}'.");
            }

            db.Debtors.Add(debtor);
            return (DebtorDto.From(debtor), true);
        }, cancellationToken);

    public Task<DebtorDto> UpsertContactAsync(string externalId, ContactInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var debtor = await db.Debtors.SingleOrDefaultAsync(d => d.ExternalId == externalId, cancellationToken)
                ?? throw new NotFoundException("Debtor", externalId);
            debtor.UpsertContact(input, work.Now);
            return DebtorDto.From(debtor);
        }, cancellationToken);

    public async Task<DebtorDto?> FindAsync(string externalId, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        var debtor = await db.Debtors.SingleOrDefaultAsync(d => d.ExternalId == externalId, cancellationToken);
        return debtor is null ? null : DebtorDto.From(debtor);
    }
}
