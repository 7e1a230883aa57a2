import { limitNesting, parseBody } from "../../src/engine/body";

const html = (content: string) => parseBody({ type: "html", content });
const text = (content: string) => parseBody({ type: "text", content });
const zone = (b: ReturnType<typeof parseBody>, z: "newText" | "signature" | "quoted") => {
  const span = b[z];
  return span ? b.text.slice(span.start, span.end).trim() : null;
};

describe("parseBody: HTML to text", () => {
  it("turns blocks and line breaks into lines and collapses white space", () => {
    const b = html("<html><head><style>p{color:red}</style><title>x</title></head><body><p>Dear   Alan,</p><div>Line one<br>Line&nbsp;two</div></body></html>");
    expect(b.text).toBe("Dear Alan,\nLine one\nLine two\n");
  });

  it("decodes entities and keeps pre-formatted text", () => {
    const b = html("<p>Fish &amp; chips &lt;3</p><pre>a  b\n  c</pre>");
    expect(b.text).toContain("Fish & chips <3");
    expect(b.text).toContain("a  b\n  c");
  });

  it("records colour and weight per run", () => {
    const b = html('<p>Normal <span style="color: #FF0000; font-weight:bold">RED BOLD</span> <font color="red">font red</font> <b>bold</b></p>');
    const at = (word: string) => b.runs.find((r) => b.text.slice(r.start, r.end).includes(word));
    expect(at("RED BOLD")).toMatchObject({ color: "#ff0000", bold: true });
    expect(at("font red")).toMatchObject({ color: "red", bold: false });
    expect(at("bold")?.bold).toBe(true);
    expect(at("Normal")?.color).toBeUndefined();
  });

  it("ignores background-color and hidden text", () => {
    const b = html('<p style="background-color:red">Hi</p><div style="display:none">hidden preview</div>');
    expect(b.runs[0].color).toBeUndefined();
    expect(b.text).not.toContain("hidden");
  });

  it("survives broken and deeply nested markup", () => {
    const deep = "<div>".repeat(20000) + "deep" + "</span>".repeat(10);
    expect(html(deep).text.trim()).toBe("deep");
    expect(html("<p>unclosed <b>bold <i>italic").text).toContain("unclosed bold italic");
  });
});

describe("parseBody: quoted history", () => {
  it("finds Outlook's divRplyFwdMsg", () => {
    const b = html('<p>Thanks, noted.</p><div id="divRplyFwdMsg"><b>From:</b> Alan<br><b>Sent:</b> Monday</div><p>Original text</p>');
    expect(zone(b, "newText")).toBe("Thanks, noted.");
    expect(zone(b, "quoted")).toContain("Original text");
  });

  it("finds a blockquote, Gmail's quote and Apple's cite", () => {
    expect(zone(html("<p>Yes.</p><blockquote>Earlier</blockquote>"), "quoted")).toBe("Earlier");
    expect(zone(html('<p>Yes.</p><div class="gmail_quote">On Mon, Alan wrote:<br>Earlier</div>'), "quoted")).toContain("Earlier");
    expect(zone(html('<p>Yes.</p><blockquote type="cite">Earlier</blockquote>'), "newText")).toBe("Yes.");
  });

  it("finds a From/Sent/To/Subject header block in text", () => {
    const b = text("Agreed.\n\nFrom: Alan Green <alan@example.com>\nSent: 01 May 2025 10:00\nTo: Clerk\nSubject: Bins\n\nThe bins.");
    expect(zone(b, "newText")).toBe("Agreed.");
    expect(zone(b, "quoted")).toMatch(/^From: Alan Green/);
  });

  it("finds the classic Outlook header after an underscore rule", () => {
    const b = text("Agreed.\n________________________________\nFrom: Alan\nSent: Monday\nTo: Clerk\nSubject: Bins\n\nOld");
    expect(zone(b, "quoted")).toMatch(/^_{10,}/);
  });

  it("finds -----Original Message-----, forwarded markers and 'On … wrote:'", () => {
    expect(zone(text("Hi\n-----Original Message-----\nold"), "newText")).toBe("Hi");
    expect(zone(text("FYI\n---------- Forwarded message ---------\nold"), "newText")).toBe("FYI");
    expect(zone(text("FYI\nBegin forwarded message:\nold"), "newText")).toBe("FYI");
    expect(zone(text("Sure.\nOn Mon, 5 May 2025 at 10:00, Alan Green <a@b.com> wrote:\n> old"), "newText")).toBe("Sure.");
    expect(zone(text("Sure.\nOn Mon, 5 May 2025 at 10:00, Alan Green\n<a@b.com> wrote:\n> old"), "newText")).toBe("Sure.");
    expect(zone(text("Sure.\n\n> old line\n> another"), "quoted")).toBe("> old line\n> another");
  });

  it("does not mistake everyday lines for a header", () => {
    const b = text("From: the clerk's office we send our thanks.\nOn balance I agree with the proposal.");
    expect(b.quoted).toBeNull();
  });
});

describe("parseBody: signature zone", () => {
  it("finds Outlook's Signature element", () => {
    const b = html('<p>See you Tuesday.</p><div id="Signature"><p>Jane Bennett<br>Town Clerk</p></div>');
    expect(zone(b, "newText")).toBe("See you Tuesday.");
    expect(zone(b, "signature")).toBe("Jane Bennett\nTown Clerk");
  });

  it("finds a valediction near the end, a -- delimiter, or Sent from my iPhone", () => {
    expect(zone(text("See you.\n\nKind regards\nJane Bennett\nTown Clerk"), "signature")).toBe("Kind regards\nJane Bennett\nTown Clerk");
    expect(zone(text("See you.\n-- \nJane"), "signature")).toBe("-- \nJane");
    expect(zone(text("See you.\n\nSent from my iPhone"), "signature")).toBe("Sent from my iPhone");
  });

  it("keeps the signature before the quoted history", () => {
    const b = text("Noted.\nRegards\nJane\n\n-----Original Message-----\nRegards\nAlan");
    expect(zone(b, "signature")).toBe("Regards\nJane");
    expect(zone(b, "quoted")).toContain("Alan");
  });

  it("has no signature when there is no sign-off", () => {
    expect(text("Just a line.").signature).toBeNull();
  });
});

describe("limitNesting", () => {
  it("keeps real email untouched", () => {
    const html = "<html><body><div><p>Hi <b>there</b></p><!-- <div><div> --><style>div{}</style></div></body></html>";
    expect(limitNesting(html)).toBe(html);
  });

  it("drops tags nested beyond the limit, and their closers, keeping every word", () => {
    const html = "<div>".repeat(5) + "<span>deep</span>" + "</div>".repeat(5) + "<p>after</p>";
    const out = limitNesting(html, 3);
    expect(out).toBe("<div><div><div>deep</div></div></div><p>after</p>");
    expect(parseBody({ type: "html", content: out }).text).toContain("deep\nafter");
  });

  it("reads 100,000 nested tags in linear time", () => {
    const deep = (n: number) => "<div>".repeat(n) + "deep" + "</div>".repeat(n);
    expect(parseBody({ type: "html", content: deep(100000) }).text.trim()).toBe("deep");
  });
});

describe("excerpt", () => {
  it("keeps a line's first word when the match is near the line start", () => {
    const { excerpt } = jest.requireActual("../../src/engine/text") as typeof import("../../src/engine/text");
    const text = "Dear all,\nPlease find attached the agenda for Monday's meeting of the full council.";
    const at = text.indexOf("attached");
    expect(excerpt(text, at, at + 8)).toMatch(/^Please find attached/);
    const long = "x".repeat(30) + " alpha beta gamma delta attached here";
    const at2 = long.indexOf("attached");
    expect(excerpt(long, at2, at2 + 8, 12)).toMatch(/^…/);
  });
});
