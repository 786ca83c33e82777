namespace Collections.Server.Cli.Demo;

/// <summary>
/// What happens to one demo invoice while the clock runs: which stage of the playbook its case reaches and what the
/// staff and the debtor do on the way. Together the stories leave a task in every candidate group's inbox.
/// </summary>
internal enum DemoStory
{
    /// <summary>Opened two days ago: the friendly e-mail went out, nothing else yet.</summary>
    FriendlyReminder,

    /// <summary>The junior collectors' call is waiting.</summary>
    JuniorCall,

    /// <summary>The junior call reached the debtor without commitment; the senior call is waiting.</summary>
    SeniorCall,

    /// <summary>Junior and senior calls failed; legal warning sent, service suspended, the legal call is waiting.</summary>
    LegalCall,

    /// <summary>Every stage ran out: the managers decide (legal, agency, write-off).</summary>
    ManagerDecision,

    /// <summary>A large invoice: after the senior call, a field visit is waiting.</summary>
    FieldVisit,

    /// <summary>The debtor pays in full two days after the friendly e-mail: the case closes as paid.</summary>
    PaidAfterReminder,

    /// <summary>A partial payment arrives; collection goes on for the rest.</summary>
    PartialPayment,

    /// <summary>The junior collector records a promise; the debtor pays before the date: promise kept, case paid.</summary>
    PromiseKept,

    /// <summary>A promise nobody pays: broken, the process escalates and calls again.</summary>
    PromiseBroken,

    /// <summary>A billing-error dispute waits for the billing team.</summary>
    BillingDispute,

    /// <summary>A missing-purchase-order dispute waits for sales administration.</summary>
    PurchaseOrderDispute,

    /// <summary>A dispute opened and resolved; collection resumed.</summary>
    DisputeResolved,

    /// <summary>The debtor asked for a plan: three installments agreed, the first one paid.</summary>
    PaymentPlan,

    /// <summary>An 8% discount the senior collector approves; the debtor pays the settled amount.</summary>
    SettlementApproved,

    /// <summary>A 20% discount waiting for a manager's approval.</summary>
    SettlementForManager,

    /// <summary>A 40% discount waiting for finance's approval.</summary>
    SettlementForFinance,

    /// <summary>A large invoice not yet due: customer service's courtesy call is waiting.</summary>
    CourtesyCall,
}
