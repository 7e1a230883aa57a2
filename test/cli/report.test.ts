import { csvCell, csvRow, escapeHtml } from "../../src/cli/report/escape";
import { horizontalBars, niceStep, verticalBars } from "../../src/cli/report/svg";
import { Progress } from "../../src/cli/progress";
import { terminalSafe, useColour } from "../../src/cli/io";
import { formatClause, formatEvidence } from "../../src/cli/format";
import { Capture } from "./support/run";

describe("HTML escaping", () => {
  it("escapes markup and both quotes", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("replaces characters XML forbids, keeping tabs, new lines and real surrogate pairs", () => {
    expect(escapeHtml("a\u0000b\u0008c\u001bd\tе\n😀\ud800x\udc00")).toBe("a\ufffdb\ufffdc\ufffdd\tе\n😀\ufffdx\ufffd");
    expect(escapeHtml(null)).toBe("");
    expect(escapeHtml(42)).toBe("42");
  });
});

describe("CSV cells", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [" padded ", '" padded "'],
    ["=1+2", "'=1+2"],
    ["+44 1702", "'+44 1702"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=cmd", "'\t=cmd"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["", ""],
    [null, ""],
  ])("%j → %s", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("ends records with CRLF", () => {
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
  });
});

describe("charts", () => {
  it("choose round axis steps", () => {
    expect([0, 1, 7, 10, 42, 99, 250, 1234].map((n) => niceStep(n))).toEqual([1, 1, 2, 2, 10, 20, 50, 500]);
  });

  const chart = {
    id: "c",
    title: 'Findings <per> "rule"',
    description: "d & e",
    categories: ["<script>", "b"],
    series: [{ name: "block", className: "block", fill: "#b3261e", values: [3, 0] }],
  };

  it("are accessible SVG with every label escaped", () => {
    for (const svg of [horizontalBars(chart), verticalBars(chart)]) {
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart" viewBox="0 0 \d+ \d+" width="\d+" height="\d+" role="img" aria-labelledby="c-title c-desc"/);
      expect(svg).toContain('<title id="c-title">Findings &lt;per&gt; &quot;rule&quot;</title><desc id="c-desc">d &amp; e</desc>');
      expect(svg).toContain("&lt;script&gt;");
      expect(svg).not.toContain("<script>");
      // A bar for the non-zero value only, with its value in a tooltip.
      expect(svg.match(/<rect [^>]*class="block"[^>]*><title>/g)).toHaveLength(1);
    }
  });

  it("draw an empty chart without dividing by zero", () => {
    const svg = verticalBars({ ...chart, categories: [], series: [] });
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});

describe("terminal output", () => {
  it("decides colour by TTY, NO_COLOR, TERM and FORCE_COLOR", () => {
    const tty = new Capture(true);
    const pipe = new Capture(false);
    expect(useColour(tty, {})).toBe(true);
    expect(useColour(pipe, {})).toBe(false);
    expect(useColour(tty, { NO_COLOR: "1" })).toBe(false);
    expect(useColour(tty, { NO_COLOR: "" })).toBe(true);
    expect(useColour(tty, { TERM: "dumb" })).toBe(false);
    expect(useColour(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(useColour(tty, { FORCE_COLOR: "0" })).toBe(false);
    expect(useColour(tty, {}, false)).toBe(false);
  });

  it("makes email text safe for a terminal", () => {
    expect(terminalSafe("a\u001b[31mred\u0007\r\nnext\u202eevil")).toBe("a\ufffd[31mred\ufffd next\ufffdevil");
  });

  it("formats evidence and clauses on one line", () => {
    expect(formatEvidence({ field: "body", excerpt: "Sent from my iPhone", start: 3, end: 22 })).toBe("body: “Sent from my iPhone”");
    expect(formatEvidence({ field: "to", excerpt: "jane@gmial.com", index: 2 })).toBe("to[2]: “jane@gmial.com”");
    expect(formatEvidence({ field: "body", excerpt: "(no waiver clause)" })).toBe("body: (no waiver clause)");
    expect(formatClause({ policy: "P", section: "5", text: "T" })).toBe("P, 5: “T”");
    expect(formatClause({ policy: "P", section: "", text: "T" })).toBe("P: “T”");
  });
});

describe("progress bar", () => {
  it("draws nothing unless the stream is a terminal", () => {
    const pipe = new Capture(false);
    const p = Progress.for(pipe, true);
    p.update({ files: 1, messages: 1 }, true);
    p.clear();
    expect(pipe.text).toBe("");
  });

  it("redraws at most every 100 ms, shows the total once known, and clears its line", () => {
    const tty = new Capture(true, 120);
    let now = 1_000;
    const p = new Progress(tty, true, () => now);
    p.update({ files: 1, messages: 1 });
    p.update({ files: 2, messages: 2 });
    expect(tty.text.split("\r\u001b[2K").filter(Boolean)).toHaveLength(1);
    now += 150;
    p.update({ totalFiles: 10, files: 5, messages: 7, errors: 1 });
    const last = tty.text.split("\r\u001b[2K").filter(Boolean).pop() as string;
    expect(last).toMatch(/^\[#+-+\] 5\/10 files · 7 messages · \d+\/s · 1 unreadable/);
    p.clear();
    expect(tty.text.endsWith("\r\u001b[2K")).toBe(true);
  });
});
