/**
 * @jest-environment jsdom
 */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createOfficeAdapter } from "../../src/taskpane/office-adapter";
import type { OfficeHost } from "../../src/outlook/office";
import { officerSignature, waiver } from "../helpers/draft";

// As in test/outlook/office-mock.ts: give office-addin-mock only the enum it uses from
// office-addin-manifest, so Microsoft's manifest tooling (ESM) and telemetry never load.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OfficeMockObject } = require("office-addin-mock") as typeof import("office-addin-mock");

type Cb = (r: { status: string; value?: unknown; error?: unknown }) => void;
const ok = (cb: Cb, value?: unknown) => cb({ status: "succeeded", value });

/** An Outlook compose item for office-addin-mock: plain state behind Office.js-shaped methods. */
function composeSeed(state: { html: string; to: { displayName: string; emailAddress: string }[]; subject: string; events: Record<string, (args?: unknown) => void> }) {
  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync: (cb: Cb) => ok(cb, field === "to" ? state.to : []),
    setAsync: (list: { displayName: string; emailAddress: string }[], cb: Cb) => {
      if (field === "to") state.to = list;
      ok(cb);
    },
  });
  return {
    context: {
      mailbox: {
        userProfile: { displayName: "Jane Bennett", emailAddress: "clerk@leighonseatowncouncil.gov.uk" },
        item: {
          body: {
            getAsync: (_type: string, cb: Cb) => ok(cb, state.html),
            getTypeAsync: (cb: Cb) => ok(cb, "html"),
            setSignatureAsync: (html: string, _o: unknown, cb: Cb) => {
              state.html = state.html.replace("</body>", `${html}</body>`);
              ok(cb);
            },
            appendOnSendAsync: (_html: string, _o: unknown, cb: Cb) => ok(cb),
          },
          to: recipients("to"),
          cc: recipients("cc"),
          bcc: recipients("bcc"),
          subject: { getAsync: (cb: Cb) => ok(cb, state.subject) },
          from: { getAsync: (cb: Cb) => ok(cb, { displayName: "Jane Bennett", emailAddress: "clerk@leighonseatowncouncil.gov.uk" }) },
          getAttachmentsAsync: (cb: Cb) => ok(cb, []),
          getComposeTypeAsync: (cb: Cb) => ok(cb, { composeType: "newMail" }),
          sessionData: {
            values: {} as Record<string, string>,
            getAllAsync(cb: Cb) {
              ok(cb, this.values);
            },
            setAsync(k: string, v: string, cb: Cb) {
              this.values[k] = v;
              ok(cb);
            },
          },
          addHandlerAsync: (type: string, handler: (args?: unknown) => void, cb?: Cb) => {
            state.events[type] = handler;
            cb?.({ status: "succeeded" });
          },
        },
      },
      requirements: { isSetSupported: (_n: string, v: string) => Number(v.split(".")[1]) <= 13 },
    },
  };
}

const hostOf = (mock: { context: unknown }) => mock.context as unknown as OfficeHost;

describe("the task pane over a mocked Outlook item", () => {
  it("reads the draft through the Office adapter and inserts the signature through Office.js", async () => {
    const state = { html: "<html><body><p>Dear Mr Green,</p><p>See you Tuesday.</p></body></html>", to: [{ displayName: "Alan Green", emailAddress: "alan.green@gmail.com" }], subject: "Allotments", events: {} as Record<string, () => void> };
    const mock = new OfficeMockObject(composeSeed(state)) as unknown as { context: unknown };
    const adapter = createOfficeAdapter(hostOf(mock));
    expect(adapter.mode).toBe("compose");
    render(<App adapter={adapter} pollMs={60_000} />);
    const card = (await screen.findByText(/approved officer signature/)).closest("article") as HTMLElement;
    await userEvent.click(within(card).getByRole("button", { name: "Insert the approved signature" }));
    expect(await screen.findByText("The approved signature has been inserted.")).toBeTruthy();
    expect(state.html).toContain("See you Tuesday.");
    expect(state.html).toContain("Leigh-on-Sea Town Council");
    expect(Object.keys(state.events)).toContain("olkRecipientsChanged");
  });

  it("shows what stopped the send when Smart Alerts reopens a pane that is already open", async () => {
    const state = { html: "<html><body><p>Hi</p></body></html>", to: [{ displayName: "Alan Green", emailAddress: "alan.green@gmail.com" }], subject: "x", events: {} as Record<string, (args?: unknown) => void> };
    const mock = new OfficeMockObject(composeSeed(state)) as unknown as { context: unknown };
    render(<App adapter={createOfficeAdapter(hostOf(mock))} pollMs={60_000} />);
    await screen.findByText("Fix before sending");
    expect(screen.queryByText("Outlook stopped your message")).toBeNull();
    act(() => state.events.olkInitializationContextChanged({ initializationContextData: JSON.stringify({ v: 1, a: "block", p: "2021-05", f: [["approved-signature", "missing", "b"]] }) }));
    expect(await screen.findByText("Outlook stopped your message")).toBeTruthy();
    expect(screen.getAllByText("Stopped your send").length).toBeGreaterThan(0);
  });

  it("passes a clean draft, and re-checks when Outlook says the recipients changed", async () => {
    const sig = officerSignature("Jane Bennett", "Town Clerk").replace(/\n/g, "<br>");
    const state = { html: `<html><body><p>Dear Mr Green,</p><p>See you Tuesday.</p><p>Kind regards</p><div id="Signature">${sig}</div><p>${waiver()}</p></body></html>`, to: [{ displayName: "Alan Green", emailAddress: "alan.green@gmail.com" }], subject: "Allotments", events: {} as Record<string, () => void> };
    const mock = new OfficeMockObject(composeSeed(state)) as unknown as { context: unknown };
    render(<App adapter={createOfficeAdapter(hostOf(mock))} pollMs={60_000} />);
    expect(await screen.findByText("All clear")).toBeTruthy();
    state.to = [{ displayName: "Alan Green", emailAddress: "alan.green@gmial.com" }];
    state.events.olkRecipientsChanged();
    expect(await screen.findByText("Check before sending")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Change to alan.green@gmail.com" })).toBeTruthy();
  });

  it("shows attachment trust for a received message", async () => {
    // office-addin-mock cannot seed arrays (it answers "property was not loaded"), and a read
    // item's attachments are a plain array: so this host is a plain object shaped like Office's.
    const mock = {
      context: {
        mailbox: {
          item: {
            from: { displayName: "Supplier", emailAddress: "accounts@supplier.example" },
            subject: "Invoice",
            attachments: [{ name: "Invoice 1042.pdf", size: 2000, contentType: "application/pdf", isInline: false }, { name: "logo.png", size: 100, contentType: "image/png", isInline: true }],
          },
        },
        requirements: { isSetSupported: () => true },
      },
    };
    const adapter = createOfficeAdapter(hostOf(mock));
    expect(adapter.mode).toBe("read");
    render(<App adapter={adapter} pollMs={60_000} />);
    expect(await screen.findByText("Invoice 1042.pdf")).toBeTruthy();
    expect(screen.queryByText("logo.png")).toBeNull();
    expect(screen.getByText("Take care")).toBeTruthy();
  });
});
