/**
 * @jest-environment jsdom
 */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { FakeAdapter } from "./fake-adapter";
import { CLERK, COUNCILLOR, RESIDENT, makeDraft, officerSignature, waiver } from "../helpers/draft";

const clean = () =>
  makeDraft({ from: CLERK, to: RESIDENT, subject: "Allotments", body: `Dear Mr Green,\n\nYou are on the waiting list.\n\nKind regards\n${officerSignature()}\n\n${waiver()}` });

async function renderPane(adapter: FakeAdapter) {
  const utils = render(<App adapter={adapter} pollMs={60_000} />);
  await screen.findByRole("heading", { name: "Leigh-on-Sea Town Council" });
  return utils;
}

describe("task pane while composing", () => {
  it("shows the role and the policy in force, and says plainly when all is well", async () => {
    const { container } = await renderPane(new FakeAdapter(clean()));
    expect(await screen.findByText("All clear")).toBeTruthy();
    expect(screen.getByText("Officer")).toBeTruthy();
    expect(screen.getByText(/Use of Social Media, Internet & Email Policy · version 2021-05/)).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("lists warnings with their clause and evidence, and fixes the waiver in one click", async () => {
    const adapter = new FakeAdapter(makeDraft({ to: RESIDENT, body: `Dear Mr Green,\n\nSee you Tuesday.\n\nKind regards\n${officerSignature()}` }));
    const { container } = await renderPane(adapter);
    expect(await screen.findByText("Check before sending")).toBeTruthy();
    const card = screen.getByText(/Add the council's waiver clause/).closest("article") as HTMLElement;
    await userEvent.click(within(card).getByRole("button", { name: "What the policy says" }));
    expect(within(card).getByText("A waiver clause will be included at the end of each email message")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
    await userEvent.click(within(card).getByRole("button", { name: "Add the waiver clause" }));
    expect(await screen.findByText(/The waiver clause will be added/)).toBeTruthy();
    expect(adapter.applied).toEqual([{ kind: "append-waiver", text: waiver() }]);
    expect(adapter.draft.body.content).toContain("See you Tuesday.");
    expect(await screen.findByText("All clear")).toBeTruthy();
  });

  it("re-checks when the item changes", async () => {
    const adapter = new FakeAdapter(clean());
    await renderPane(adapter);
    await screen.findByText("All clear");
    act(() => adapter.edit({ body: { type: "text", content: "Hi" } }));
    expect(await screen.findByText("Fix before sending")).toBeTruthy();
  });

  it("re-checks on a timer while visible, since body edits raise no event", async () => {
    const adapter = new FakeAdapter(clean());
    render(<App adapter={adapter} pollMs={50} />);
    await screen.findByText("All clear");
    adapter.edit({ body: { type: "text", content: "Hi" } }, false);
    expect(await screen.findByText("Fix before sending")).toBeTruthy();
  });

  it("says when a fix could not be applied, and that nothing changed", async () => {
    const adapter = new FakeAdapter(makeDraft({ to: RESIDENT, body: "Hi" }));
    adapter.failFixes = true;
    await renderPane(adapter);
    await userEvent.click(await screen.findByRole("button", { name: "Add the waiver clause" }));
    expect(await screen.findByText(/could not be made: Outlook refused. Your message has not been changed./)).toBeTruthy();
  });

  it("opened from Smart Alerts, shows what stopped the send first", async () => {
    const context = JSON.stringify({ v: 1, a: "warn", p: "2021-05", f: [["waiver-clause", "missing", "w"]] });
    const adapter = new FakeAdapter(makeDraft({ from: COUNCILLOR, to: RESIDENT, body: "Hi" }), "compose", null, context);
    await renderPane(adapter);
    expect(await screen.findByText("Outlook stopped your message")).toBeTruthy();
    const first = screen.getAllByRole("article")[0];
    expect(within(first).getByText("Stopped your send")).toBeTruthy();
    expect(first.getAttribute("data-rule")).toBe("waiver-clause");
    expect(screen.getByText("Councillor")).toBeTruthy();
  });

  it("says when the council's policy file could not be used", async () => {
    const adapter = new FakeAdapter(clean());
    adapter.policyState = { ...adapter.policyState, status: { source: "last-good", council: "x", version: "1", problem: "policy.json is not valid: council.name is missing." } };
    await renderPane(adapter);
    expect(screen.getByText("The council's policy file could not be used")).toBeTruthy();
    expect(screen.getByText(/the last good copy of the council's policy/)).toBeTruthy();
  });

  it("renders the email's own text as text, never as HTML", async () => {
    const adapter = new FakeAdapter(makeDraft({ to: RESIDENT, subject: "<img src=x onerror=alert(1)>", body: "<b>bold</b> FIX THIS NOW PLEASE EVERYONE!!!" }));
    const { container } = await renderPane(adapter);
    await screen.findByText("Fix before sending");
    expect(container.querySelector("img")).toBeNull();
  });
});

describe("task pane while reading", () => {
  it("shows each attachment with a trust verdict and the reason", async () => {
    const adapter = new FakeAdapter(clean(), "read", {
      from: { name: "Payments", address: "payments@leighonseatownconcil.gov.uk" },
      subject: "Invoice",
      attachments: [
        { name: "invoice.pdf.exe", size: 1000, contentType: "", isInline: false },
        { name: "Remittance.pdf", size: 1000, contentType: "", isInline: false },
      ],
    });
    const { container } = await renderPane(adapter);
    expect(await screen.findByText("invoice.pdf.exe")).toBeTruthy();
    expect(screen.getAllByText("Do not open")).toHaveLength(2);
    expect(screen.getAllByText(/looks like leighonseatowncouncil.gov.uk but is not/).length).toBeGreaterThan(0);
    expect(await axe(container)).toHaveNoViolations();
  });
});
