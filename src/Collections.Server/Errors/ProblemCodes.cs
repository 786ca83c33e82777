namespace Collections.Server.Errors;

/// <summary>
/// The one registry of the problem codes the server can answer with (the <c>code</c> of every RFC 7807 body and the
/// end of its <c>type</c>, <c>https://collections.dev/problems/{code}</c>). docs/api.md's "Error codes" table lists
/// exactly these; <c>ProblemCodeContractTests</c> checks the table against this list and this list against every code
/// the source throws or writes, so a new code fails the build's tests until it is registered and documented.
/// </summary>
internal static class ProblemCodes
{
    public const string Unauthenticated = "auth.unauthenticated";
    public const string Forbidden = "auth.forbidden";
    public const string RouteNotFound = "route.not-found";
    public const string MethodNotAllowed = "request.method-not-allowed";
    public const string UnsupportedMediaType = "request.unsupported-media-type";
    public const string InvalidRequest = "request.invalid";
    public const string TooLarge = "request.too-large";
    public const string RateLimited = "rate-limited";
    public const string ServerError = "server.error";
    public const string NotFound = "not-found";

    /// <summary>Incidents only: the code is the incident's, never an HTTP answer.</summary>
    public const int IncidentOnly = 0;

    /// <summary>
    /// The code of a problem written without one: a status-code page (401 from the authentication challenge, 403 from
    /// authorization, 404 for a route nothing serves, 405, 415 from endpoint matching) or the framework's own 400 and
    /// 500. Null for a status no code stands for.
    /// </summary>
    public static string? ForStatus(int status, bool endpointMatched) => status switch
    {
        StatusCodes.Status400BadRequest => InvalidRequest,
        StatusCodes.Status401Unauthorized => Unauthenticated,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => endpointMatched ? NotFound : RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        >= 500 => ServerError,
        _ => null,
    };

    public static IReadOnlyList<ProblemCode> All { get; } =
    [
        // Requests, whatever the endpoint
        new(Unauthenticated, 401, "No API key or sign-in, or an unknown or revoked API key."),
        new(Forbidden, 403, "The API key lacks the endpoint's scope, or the signed-in role may not do this."),
        new(RouteNotFound, 404, "No endpoint at this path (check the path and the id's format)."),
        new(MethodNotAllowed, 405, "The path exists but not with this HTTP method."),
        new(UnsupportedMediaType, 415, "The body is not sent as `Content-Type: application/json`."),
        new(InvalidRequest, 400, "The request cannot be read: a missing body or a query value of the wrong type."),
        new("request.malformed-json", 400, "The body is not well-formed JSON (truncated, a stray comma, an empty body)."),
        new("request.invalid-value", 400, "A field has the wrong JSON type (e.g. an amount sent as a string) or an unreadable value; `field` names it."),
        new("request.unknown-field", 400, "A field the request does not have; unknown fields are refused, not ignored."),
        new("request.control-character", 400, "A single-line field holds a line break or another control character."),
        new(TooLarge, 413, "The body is over 1 MB."),
        new(RateLimited, 429, "The API key sent more than its rate limit; retry after `Retry-After`."),
        new(ServerError, 500, "An unexpected error; nothing was changed. Report it with the time of the request."),
        new(NotFound, 404, "The debtor, invoice, case, webhook or engine object named in the path does not exist."),
        new("cursor.invalid", 400, "`cursor` is not one this list handed out."),
        new("field.required", 400, "A required field is missing or blank."),
        new("field.too-long", 400, "A text field is over its maximum length."),
        new("field.out-of-range", 400, "A number (risk score, `limit`, …) is outside its range."),
        new("idempotency.key-reused", 409, "The `Idempotency-Key` was used before with a different request."),
        new("idempotency.in-progress", 409, "A request with this `Idempotency-Key` is still running."),
        new("idempotency.key-too-long", 400, "The `Idempotency-Key` header is over 200 characters."),
        new("duplicate", 409, "Another request registered the same external id, number or payment reference at the same moment; read it, or retry."),
        new("query.invalid-characters", 400, "A query string value holds a control character such as NUL."),
        new("query.too-long", 400, "A query string value is over 1000 characters."),

        // Values
        new("amount.not-positive", 400, "An amount is zero or negative."),
        new("amount.too-large", 400, "An amount has more than 18 digits."),
        new("amount.too-many-decimals", 400, "An amount has more decimals than its currency allows."),
        new("currency.required", 400, "An amount comes without its currency."),
        new("currency.unknown", 400, "Not an upper-case ISO 4217 currency code."),
        new("money.mixed-currencies", 400, "An amount is in another currency than the invoice's."),
        new("date.out-of-range", 400, "A date is before 1900 or after 2200."),
        new("timezone.unknown", 400, "Not an IANA time zone id."),
        new("country.unknown", 400, "Not an ISO 3166 alpha-2 country code."),
        new("language.unsupported", 400, "A language other than `es` or `en`."),
        new("email.invalid", 400, "Not an e-mail address."),
        new("phone.invalid", 400, "Not a valid phone number for the debtor's country."),

        // Debtors and invoices
        new("debtor.exists", 409, "`POST /debtors` for an external id that is registered (use `PUT`)."),
        new("debtor.unknown", 400, "The invoice names a debtor external id that is not registered."),
        new("debtor.external-id-mismatch", 400, "The body's `externalId` differs from the one in the path."),
        new("contact.channel-unknown", 400, "A contact channel that does not exist."),
        new("contact.validity-reversed", 400, "A contact's `validTo` is before its `validFrom`."),
        new("invoice.exists", 409, "`POST /invoices` for an external id that is registered."),
        new("invoice.number-taken", 409, "Another invoice has this number."),
        new("invoice.external-id-mismatch", 400, "The body's `externalId` differs from the one in the path."),
        new("invoice.due-before-issue", 400, "`dueDate` is before `issueDate`."),
        new("invoice.amount-locked", 409, "The invoice has payments; its amount and currency no longer change."),
        new("invoice.debtor-locked", 409, "An invoice's debtor cannot change."),
        new("invoice.unknown", 400, "`POST /cases` names an invoice (`invoiceId` or `invoiceExternalId`) that is not registered."),
        new("invoice.not-open", 409, "The invoice is paid or closed: no case opens for it and no payment applies."),
        new("invoice.not-overdue", 409, "`POST /cases` before the invoice's due date."),
        new("payment.duplicate-reference", 409, "The invoice already has a payment with this reference."),
        new("payment.exceeds-balance", 400, "The payment is larger than the invoice's balance."),

        // Cases and what happens on them
        new("case.invoice-required", 400, "`POST /cases` must name exactly one of `invoiceId`, `invoiceExternalId` or an inline `invoice`."),
        new("case.exists", 409, "The invoice's case was closed (canceled); it does not open again."),
        new("case.closed", 409, "The case is closed; it takes no more promises, disputes, plans or offers."),
        new("case.bucket-unknown", 400, "`overdueBucket` other than 1-30, 31-60, 61-90 or 90+."),
        new("promise.already-open", 409, "The case has an open promise."),
        new("promise.date-past", 400, "The promise date is before today."),
        new("promise.exceeds-balance", 400, "The promised amount is larger than the balance."),
        new("dispute.already-open", 409, "The case has an open dispute."),
        new("dispute.closed", 409, "The dispute is already resolved or rejected."),
        new("dispute.reason-unknown", 400, "A dispute reason code that is not in the list."),
        new("dispute.outcome-unknown", 400, "`outcome` other than `resume` or `credit-note`."),
        new("contact.direction", 400, "`direction` other than `outbound` or `inbound`."),
        new("contact.in-future", 400, "A contact attempt's `at` is in the future."),
        new("contact.outside-rules", 400, "A contact outside the debtor's contact rules (hours, holidays, caps) without an override reason."),
        new("call.number-required", 400, "A wrong-number outcome must say which number (`calledNumber`) when several are on file."),
        new("form.invalid", 400, "A task form value has the wrong type or format."),
        new("plan.empty", 400, "A payment plan without installments."),
        new("plan.too-many-installments", 400, "A payment plan has more than 120 installments."),
        new("plan.sum-mismatch", 400, "The installments do not add up to the case's balance."),
        new("plan.date-not-future", 400, "An installment is due today or earlier."),
        new("plan.dates-not-increasing", 400, "Installment dates are not in ascending order."),
        new("settlement.discount-range", 400, "`discountPercent` outside 1–99."),
        new("settlement.discount-whole", 400, "`discountPercent` is not a whole number."),
        new("settlement.expiry-not-future", 400, "`expiresOn` is today or earlier."),
        new("settlement.amount-mismatch", 400, "`amount`/`currency` differ from what the discount gives."),
        new("settlement.pending", 409, "The case has an offer awaiting approval."),
        new("settlement.decided", 409, "The offer is already approved or rejected."),
        new("negotiation.kind-unknown", 400, "A negotiation `kind` other than `payment-plan` or `settlement`."),
        new("negotiation.installments", 400, "`installments` outside 2–120, or sent for a settlement."),
        new("negotiation.discount", 400, "`discountPercent` outside 1–99, or sent for a payment plan."),

        // Webhooks, outreach, providers
        new("webhook.url-invalid", 400, "The webhook URL is not an absolute https URL."),
        new("webhook.url-refused", 400, "The webhook URL points inside the server's network."),
        new("webhook.event-unknown", 400, "An event type that is not emitted."),
        new("webhook.secret-short", 400, "The webhook secret has fewer than 16 characters."),
        new("outreach.template-not-found", 404, "No template with this key."),
        new("outreach.template-variable-missing", 422, "The template uses a variable the case lacks."),
        new("outreach.template-invalid", 422, "The template cannot be rendered (a syntax error in the file)."),
        new("outreach.company-details-missing", 422, "The template prints company details nobody has set; `fields` lists them (an admin fills them in)."),
        new("outreach.intent-not-uncertain", 409, "Only an `uncertain` send step can be confirmed or resent."),
        new("provider.signature-invalid", 401, "A provider webhook without a valid signature."),
        new("sms-receipt.status-unknown", 400, "An SMS receipt `status` other than delivered, failed or undelivered."),
        new("outreach.email-failed", IncidentOnly, "The e-mail provider refused a send (an incident on the send task)."),
        new("outreach.sms-failed", IncidentOnly, "The SMS gateway refused a send (an incident on the send task)."),
        new("worker.no-case", IncidentOnly, "A case task ran in a process instance that belongs to no case."),
        new("worker.no-invoice", IncidentOnly, "A task that opens a case ran without an invoice to open it for."),

        // Staff sign-in, accounts, API keys, audit, inbox
        new("auth.invalid-credentials", 401, "Wrong e-mail or password."),
        new("auth.too-many-attempts", 429, "Too many sign-in attempts; see `Retry-After`."),
        new("auth.locked-out", 429, "The account is locked after repeated wrong passwords; see `Retry-After`."),
        new("auth.account-disabled", 403, "An admin disabled the account."),
        new("auth.password-change-required", 403, "The password must be changed before anything else."),
        new("auth.password-rejected", 400, "The new password breaks the password policy."),
        new("auth.current-password-wrong", 400, "The current password given to a password change is wrong."),
        new("admin.user-not-found", 404, "No staff account with this id."),
        new("admin.cannot-change-self", 400, "An admin cannot disable their own account or remove their own admin role."),
        new("admin.unknown-role", 400, "An unknown role name."),
        new("admin.user-invalid", 400, "The account cannot be created: its e-mail is taken or invalid (Identity's errors in `errors`, in the caller's language)."),
        new("admin.group-invalid", 400, "A group name that is empty or longer than 100 characters."),
        new("apikey.name-invalid", 400, "An API key name that is empty, too long, or holds characters other than letters, digits, `.`, `_` and `-`."),
        new("apikey.name-taken", 409, "An API key with this name exists (revoked keys keep their names)."),
        new("apikey.scopes-required", 400, "An API key needs at least one scope."),
        new("apikey.scope-unknown", 400, "A scope that does not exist."),
        new("company.field-too-long", 400, "A company detail over its length (200 characters, 1,000 for address, signature and payment instructions), or over 20 currencies."),
        new("company.email-invalid", 400, "The company e-mail is not an e-mail address."),
        new("company.currency-invalid", 400, "A payment currency that is not a three-letter ISO code, or one listed twice."),
        new("company.payment-empty", 400, "A payment currency without instructions or link."),
        new("audit.cursor-invalid", 400, "The audit list's `cursor` is not one it handed out."),
        new("audit.limit-invalid", 400, "The audit list's `limit` is outside its range."),
        new("audit.period-invalid", 400, "The audit list's `from` is after its `to`."),
        new("inbox.filter-unknown", 400, "An inbox filter that does not exist."),
        new("inbox.overdue-unknown", 400, "An inbox overdue bucket that does not exist."),

        // Engine API, designer, migration
        new("task.not-offered", 403, "The task is not offered to you or to the user you delegate to."),
        new("task.not-assignee", 403, "Only the task's assignee may do this."),
        new("task.delegate-forbidden", 403, "Only managers and admins assign a task to someone else."),
        new("task.assigned-to-other", 409, "The task is assigned to someone else."),
        new("task.already-claimed", 400, "The task is already claimed."),
        new("task.unknown-user", 400, "Delegation to a user who does not exist."),
        new("task.user-required", 400, "A claim without a user."),
        new("task.priority-invalid", 400, "A user task's priority expression gave no whole number."),
        new("bpmn.invalid", 422, "The BPMN file has problems; `problems` lists each with its element and line."),
        new("definition.not-executable", 400, "The process is stored for viewing only (`isExecutable=\"false\"`)."),
        new("process.no-none-start", 400, "The process has no none start event; start it by message."),
        new("instance.ended", 400, "The process instance has ended."),
        new("incident.resolved", 400, "The incident is already resolved."),
        new("message.name-required", 400, "A message correlation without a message name."),
        new("message.name-empty", 400, "A message name expression gave an empty value."),
        new("message.no-match", 404, "No process instance waits for this message."),
        new("message.ambiguous", 409, "Several process instances wait for this message where one was required."),
        new("execution.activity-required", 400, "A trigger without the activity to trigger."),
        new("execution.not-waiting", 409, "Nothing waits for a trigger at that activity (only a receive task without a message does)."),
        new("execution.ambiguous", 409, "Several tokens wait at that activity; a trigger moves exactly one."),
        new("variable.invalid", 400, "A Camunda-style variable whose value does not match its type."),
        new("variable.name-empty", 400, "A variable without a name."),
        new("variables.none", 400, "Setting a variable where there is no process instance."),
        new("expression.syntax", 400, "An expression cannot be parsed."),
        new("expression.failed", 422, "An expression failed while evaluating."),
        new("timer.invalid", 400, "A timer, due date or retry cycle that is not valid ISO 8601."),
        new("gateway.no-flow", 400, "No outgoing flow of a gateway matched and there is no default flow."),
        new("subprocess.no-start", 400, "A sub-process without a none start event."),
        new("concurrency.conflict", 409, "Another request changed the same process instance first; retry."),
        new("external-task.lock-lost", 409, "The worker no longer holds the external task's lock."),
        new("external-task.worker-required", 400, "A fetch-and-lock without `workerId`."),
        new("bpmn-error.code-required", 400, "A BPMN error reported by a worker without `errorCode`."),
        new("external-task.topic-empty", 400, "An external task's topic expression gave an empty value."),
        new("call-activity.no-key", 400, "A call activity's `calledElement` expression gave an empty value."),
        new("call-activity.no-start", 400, "The called process has no none start event."),
        new("engine-rest.invalid", 400, "A Camunda REST request (`/engine-rest`) with a missing or invalid field, answered in Camunda's error format."),
        new("deployment.change-note-too-long", 400, "A change note over 500 characters."),
        new("deployment.unknown-source", 400, "A deployment source that does not exist."),
        new("designer.change-note-required", 400, "Publishing from the designer needs a change note."),
        new("designer.xml-required", 400, "Publishing without the diagram's XML."),
        new("designer.xml-too-large", 400, "The diagram's XML is too large."),
        new("migration.source-required", 400, "A migration without its source version."),
        new("migration.target-required", 400, "A migration without its target version."),
        new("migration.instruction-source-required", 400, "A migration instruction without its source activity."),
        new("migration.instruction-target-required", 400, "A migration instruction without its target activity."),
        new("migration.no-instances", 400, "A migration that names no process instances."),
        new("migration.instance-unknown", 400, "A migration names an instance that is not of its source version."),
        new("migration.plan-invalid", 400, "The migration plan cannot run; the detail lists why."),
    ];
}
