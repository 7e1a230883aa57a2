/**
 * @jest-environment jsdom
 */
import { htmlToText, sanitizeHtml, sanitizeToFragment, textToParagraphs } from "../../src/playground/sanitize";

describe("sanitising email HTML", () => {
  it("keeps Outlook's structure: ids, classes, formatting and safe styles", () => {
    const html =
      '<div id="Signature" class="council-signature" style="color: red; position: fixed">Cllr <b>Smith</b></div><hr style="display: inline-block; width: 98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" color="#000000">From:</font></div>';
    expect(sanitizeHtml(html)).toBe(
      '<div id="Signature" class="council-signature" style="color: red">Cllr <b>Smith</b></div><hr style="display: inline-block; width: 98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" color="#000000">From:</font></div>',
    );
  });

  it.each([
    ['<img src=x onerror="alert(1)">hello', "hello"],
    ["<script>alert(1)</script>after", "after"],
    ['<a href="javascript:alert(1)" onclick="x()">link</a>', "<a>link</a>"],
    ['<a href="https://example.gov.uk/">ok</a>', '<a href="https://example.gov.uk/" rel="noopener noreferrer" target="_blank">ok</a>'],
    ['<p style="background: url(https://tracker.example/x.png)">t</p>', "<p>t</p>"],
    ['<iframe src="https://evil.example"></iframe><o:p>kept</o:p>', "kept"],
    ["<style>body{display:none}</style><!-- c -->text", "text"],
    ['<svg><a href="https://x">y</a></svg>z', "z"],
  ])("%s", (input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it("builds nodes in the live document, never HTML strings", () => {
    const fragment = sanitizeToFragment("<div>one</div><script>window.hacked = true</script>", document);
    const holder = document.createElement("div");
    holder.appendChild(fragment);
    expect(holder.innerHTML).toBe("<div>one</div>");
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it("turns text into Outlook's paragraphs and back", () => {
    const html = textToParagraphs("Dear Jane,\n\nA <b> & that\nRegards");
    expect(html).toBe("<div>Dear Jane,</div><div><br></div><div>A &lt;b&gt; &amp; that</div><div>Regards</div>");
    expect(htmlToText(html)).toBe("Dear Jane,\n\nA <b> & that\nRegards");
    expect(htmlToText("<p>a<br>b</p><ul><li>x</li><li>y</li></ul>")).toBe("a\nb\nx\ny");
  });
});
