import { DomainMatcher, OTHER_MAIL_DOMAINS, WEBMAIL_DOMAINS, decodePunycode, editDistance, fixSuffix, skeleton } from "../../../src/engine/lib/domains";
import { domainToASCII } from "url";

const matcher = new DomainMatcher(["leighonseatowncouncil.gov.uk", "southend.gov.uk", "essex.gov.uk", "nalc.gov.uk", ...WEBMAIL_DOMAINS], OTHER_MAIL_DOMAINS);

describe("DomainMatcher: near misses of known domains", () => {
  it.each([
    ["leighonseatownconcil.gov.uk", "leighonseatowncouncil.gov.uk"],
    ["leighonseatowncouncill.gov.uk", "leighonseatowncouncil.gov.uk"],
    ["leigh-on-seatowncouncil.gov.uk", "leighonseatowncouncil.gov.uk"],
    ["leigh-on-sea-town-council.gov.uk", "leighonseatowncouncil.gov.uk"],
    ["leighonseatowncouncil.co.uk", "leighonseatowncouncil.gov.uk"],
    ["leighonseatowncouncil.gov", "leighonseatowncouncil.gov.uk"],
    ["leigh0nseatowncouncil.gov.uk", "leighonseatowncouncil.gov.uk"],
    ["southend.gov.co.uk", "southend.gov.uk"],
    ["southend.gv.uk", "southend.gov.uk"],
    ["southend.gov.uk.com", "southend.gov.uk"],
    ["southend.uk", "southend.gov.uk"],
    ["southnd.gov.uk", "southend.gov.uk"],
    ["esex.gov.uk", "essex.gov.uk"],
    ["nalc.org.uk", "nalc.gov.uk"],
    ["gmial.com", "gmail.com"],
    ["gmai.com", "gmail.com"],
    ["gamil.com", "gmail.com"],
    ["gmail.co", "gmail.com"],
    ["gmail.con", "gmail.com"],
    ["gmail.cm", "gmail.com"],
    ["gmail.co.uk", "gmail.com"],
    ["gmail.com.com", "gmail.com"],
    ["gmailcom", "gmail.com"],
    ["hotmial.co.uk", "hotmail.co.uk"],
    ["hotmail.co.k", "hotmail.co.uk"],
    ["hotmail.couk", "hotmail.co.uk"],
    ["hotmail.com.uk", "hotmail.co.uk"],
    ["hotmai1.com", "hotmail.com"],
    ["yahoo.co.uk.com", "yahoo.co.uk"],
    ["yahooo.co.uk", "yahoo.co.uk"],
    ["outlok.com", "outlook.com"],
    ["btinternett.com", "btinternet.com"],
    ["btintemet.com", "btinternet.com"],
    ["bt.internet.com", "btinternet.com"],
    ["icloud.co.uk", "icloud.com"],
    ["talktalk.com", "talktalk.net"],
    ["rnsn.com", "msn.com"],
    ["g00glemail.com", "googlemail.com"],
    ["lvie.com", "live.com"],
  ])("%s is a slip for %s", (domain, suggestion) => {
    expect(matcher.check(domain)?.suggestion).toBe(suggestion);
  });

  it("reads punycode and other alphabets as the letters they imitate", () => {
    expect(matcher.check(domainToASCII("gm\u0430il.com"))).toEqual({ kind: "lookalike", suggestion: "gmail.com" });
    expect(matcher.check("gm\u0430il.com")).toEqual({ kind: "lookalike", suggestion: "gmail.com" });
    expect(matcher.check("leighonseatownc\u043euncil.gov.uk")).toEqual({ kind: "lookalike", suggestion: "leighonseatowncouncil.gov.uk" });
    expect(matcher.check(domainToASCII("p\u0430ypal.com"))).toEqual({ kind: "lookalike" });
  });

  it("mends endings that exist nowhere, whatever the name", () => {
    expect(matcher.check("rochford.gv.uk")?.suggestion).toBe("rochford.gov.uk");
    expect(fixSuffix("example.co.ul")).toBe("example.co.uk");
    expect(fixSuffix("example.org.uk.com")).toBe("example.org.uk");
    expect(fixSuffix("example.co.uk")).toBe("example.co.uk");
  });
});

describe("DomainMatcher: genuinely different domains", () => {
  it.each([
    "leighonseatowncouncil.gov.uk", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "gmail.com.",
    "essex.police.uk", "essex.pnn.police.uk", "essex.ac.uk", "southend.nhs.uk", "southendbc.gov.uk", "essexcc.gov.uk",
    "castlepoint.gov.uk", "rochford.gov.uk", "rayleightowncouncil.gov.uk", "leightowncouncil.gov.uk", "hockleyparishcouncil.gov.uk",
    "wessex.gov.uk", "ealc.org.uk", "slcc.co.uk", "southend-echo.co.uk", "southendairport.com", "planning.southend.gov.uk",
    "mail.com", "email.com", "ymail.com", "cloud.com", "mac.com", "me.co.uk", "ms.com", "ge.com", "gmx.com", "zoo.com",
    "love.com", "lime.com", "wahoo.com", "yahoo.fr", "hotmail.fr", "yahoo.co.in", "aol.co.uk", "bt.com", "sky.uk", "nhs.net",
    "virginmedia.co.uk", "mail.gmail.com", "millsroofing.co.uk", "amazon.co.uk", "royalmail.com", "anglianwater.co.uk",
    "m\u00fcnchen.de", domainToASCII("m\u00fcnchen.de"), "", "a".repeat(300) + ".com",
  ])("%s is not reported", (domain) => {
    expect(matcher.check(domain)).toBeNull();
  });
});

describe("domain helpers", () => {
  it("decodes punycode", () => {
    expect(decodePunycode("mnchen-3ya")).toBe("m\u00fcnchen");
    expect(decodePunycode("!!")).toBeNull();
  });

  it("measures edit distance with transpositions, giving up past the limit", () => {
    expect(editDistance("gmail", "gmial", 2)).toBe(1);
    expect(editDistance("southend", "southendbc", 1)).toBe(2);
    expect(editDistance("castlepoint", "southend", 2)).toBe(3);
  });

  it("reduces look-alikes to a skeleton", () => {
    expect(skeleton("g00gle-mai1.com")).toBe("googlemail.com");
    expect(skeleton("rnicrosoft.com")).toBe("microsoft.com");
  });
});
