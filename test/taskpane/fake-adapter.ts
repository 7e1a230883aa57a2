import { applyFix, type EmailDraft, type Fix } from "../../src/engine";
import { defaultPolicy, type Policy } from "../../src/policy";
import type { PaneAdapter, PolicyState, ReceivedMessage } from "../../src/taskpane/adapter";

/** An in-memory Outlook item for the task pane: fixes change the draft the engine's way. */
export class FakeAdapter implements PaneAdapter {
  draft: EmailDraft;
  listeners = new Set<() => void>();
  applied: Fix[] = [];
  failFixes = false;
  policyState: PolicyState;

  constructor(
    draft: EmailDraft,
    public mode: PaneAdapter["mode"] = "compose",
    public message: ReceivedMessage | null = null,
    public context: string | null = null,
    policy: Policy = defaultPolicy(),
  ) {
    this.draft = draft;
    this.policyState = { policy, status: { source: "served", council: policy.council.name, version: policy.version } };
  }

  loadPolicy = async (): Promise<PolicyState> => this.policyState;
  readDraft = async (): Promise<EmailDraft> => this.draft;
  readMessage = async (): Promise<ReceivedMessage> => {
    if (!this.message) throw new Error("no message");
    return this.message;
  };
  applyFix = async (fix: Fix): Promise<void> => {
    if (this.failFixes) throw new Error("Outlook refused");
    this.applied.push(fix);
    this.draft = applyFix(this.draft, fix);
  };
  onItemChanged = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  initialContext = async (): Promise<string | null> => this.context;

  /** Change the draft as a user would, and raise the item event where Outlook has one. */
  edit(change: Partial<EmailDraft>, event = true): void {
    this.draft = { ...this.draft, ...change };
    if (event) this.listeners.forEach((l) => l());
  }
}
