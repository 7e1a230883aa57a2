/**
 * @jest-environment jsdom
 */
import { checkDraft } from "../../src/engine/check";
import { readDraft } from "../../src/outlook/read-draft";
import { currentHost } from "../../src/outlook/office";
import { defaultPolicy } from "../../src/policy";
import { openCompose, sampleRequest } from "../../src/playground/compose-flow";
import { parseManifest } from "../../src/playground/manifest";
import { OfficeEmulator } from "../../src/playground/office-emulator";
import { installOffice } from "../../src/playground/runtime";
import { SAMPLES, identitiesFromPolicy, inbox } from "../../src/playground/samples";
import { runSend } from "../../src/playground/send";
import { readFileSync } from "fs";
import { join } from "path";

const policy = defaultPolicy();
const identities = identitiesFromPolicy(policy);
const mails = inbox(identities);
const manifest = parseManifest(readFileSync(join(__dirname, "../../manifest.xml"), "utf8"));
const emulator = new OfficeEmulator({ userProfile: identities[0].person, latencyMs: 0 });

beforeAll(async () => {
  installOffice(emulator);
  // The handlers register themselves with Office.actions.associate when the module loads.
  await import("../../src/launchevent/index");
});

describe.each(SAMPLES.map((s) => [s.id, s] as const))("sample %s", (_id, sample) => {
  it(`is judged ${sample.expect}, and Outlook acts on it`, async () => {
    await openCompose(emulator, manifest, sampleRequest(sample, identities, mails), { runComposeHandler: true });
    const { draft } = await readDraft(currentHost());
    const verdict = checkDraft(draft, policy);
    const summary = verdict.findings.map((f) => `${f.severity} ${f.ruleId}/${f.messageId}: ${f.message}`);
    expect({ action: verdict.action, summary }).toEqual({ action: sample.expect, summary });
    const outcome = await runSend(emulator, manifest);
    if (sample.expect === "pass") expect(outcome.kind).toBe("sent");
    else {
      expect(outcome.kind).toBe("alert");
      if (outcome.kind === "alert") expect(outcome.alert.sendAnyway).toBe(sample.expect === "warn");
    }
  });
});
