import { parseInline, parseSmartAlertMarkdown, plainText } from "../../src/playground/markdown";

describe("Smart Alerts Markdown", () => {
  it("reads the add-in's own message: a bold lead, a list ended with \\r, escapes and italics", () => {
    const source =
      "**This email breaks the council's email policy.** Fix one thing before sending:\n\n" +
      '- Remove "b\\*\\*\\*": offensive language _(5 (Email Etiquette): “The circulating…”)_\r' +
      "\n\nSelect Fix it to see each one and put it right.";
    const blocks = parseSmartAlertMarkdown(source);
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "list", "paragraph"]);
    expect(blocks[0]).toEqual({
      type: "paragraph",
      children: [
        { type: "strong", children: [{ type: "text", text: "This email breaks the council's email policy." }] },
        { type: "text", text: " Fix one thing before sending:" },
      ],
    });
    expect(blocks[1]).toEqual({
      type: "list",
      ordered: false,
      items: [
        [
          { type: "text", text: 'Remove "b***": offensive language ' },
          { type: "em", children: [{ type: "text", text: "(5 (Email Etiquette): “The circulating…”)" }] },
        ],
      ],
    });
  });

  it.each([
    [
      "[the policy](https://example.gov.uk/policy)",
      [{ type: "link", href: "https://example.gov.uk/policy", children: [{ type: "text", text: "the policy" }] }],
    ],
    // Only HTTPS links, as Outlook allows: anything else keeps its words and loses the link.
    ["[click](javascript:alert(1))", [{ type: "text", text: "click" }]],
    ["[plain](http://example.com)", [{ type: "text", text: "plain" }]],
    ["snake_case_name stays", [{ type: "text", text: "snake_case_name stays" }]],
    ["2 * 3 * 4", [{ type: "text", text: "2 * 3 * 4" }]],
    ["<b>not html</b>", [{ type: "text", text: "<b>not html</b>" }]],
    [
      "__strong__ and *em*",
      [
        { type: "strong", children: [{ type: "text", text: "strong" }] },
        { type: "text", text: " and " },
        { type: "em", children: [{ type: "text", text: "em" }] },
      ],
    ],
  ])("inline %s", (source, expected) => {
    expect(parseInline(source)).toEqual(expected);
  });

  it("keeps numbered lists, joins wrapped items and separate paragraphs", () => {
    const blocks = parseSmartAlertMarkdown("1. first\n2. second\ncontinued\n\nafter");
    expect(plainText(blocks)).toBe("• first\n• second continued\n\nafter");
    expect(blocks[0]).toMatchObject({ type: "list", ordered: true });
  });

  it("never produces markup: a hostile message stays text", () => {
    const text = plainText(parseSmartAlertMarkdown('<img src=x onerror="alert(1)"> **<script>x</script>**'));
    expect(text).toBe('<img src=x onerror="alert(1)"> <script>x</script>');
  });
});
